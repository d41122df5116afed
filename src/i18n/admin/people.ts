/** Words of the people area (users, roles, audit log, first-admin setup). */
export interface AdminPeopleMessages {}
export const svPeople: AdminPeopleMessages = {};
export const enPeople: AdminPeopleMessages = {};
