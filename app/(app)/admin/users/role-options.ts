import { ROLE_LABELS, ROLES } from '@/lib/auth/roles';

/** The roles for the forms' selects. */
export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
export type RoleOption = (typeof ROLE_OPTIONS)[number];
