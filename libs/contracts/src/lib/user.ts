/** A person's account as the API shows it. Issue 3 (identity and access) extends this. */
export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  /** ISO 8601, UTC. */
  createdAt: string;
}

/** The minimal fields an account is created with (e-mail is stored lower-cased and unique). */
export interface CreateUserDto {
  email: string;
  displayName: string;
}
