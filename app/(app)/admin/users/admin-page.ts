export const ADMIN_ONLY_MESSAGE = '只有系统管理员可以管理用户与权限。';
