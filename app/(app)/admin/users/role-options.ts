import { ROLES } from '@/db/schema';
import { ROLE_LABELS } from '@/server/auth/actor';

/** The roles for the forms' selects (client components cannot import the auth module that holds the labels). */
export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
export type RoleOption = (typeof ROLE_OPTIONS)[number];
