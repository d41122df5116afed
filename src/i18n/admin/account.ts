/** Words of the account-security area (own account, second factors, passkeys, sessions). */
export interface AdminAccountMessages {}
export const svAccount: AdminAccountMessages = {};
export const enAccount: AdminAccountMessages = {};
