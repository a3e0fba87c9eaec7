package eu.pharos.identity;

public enum UserStatus {
  /** Invited, has not yet chosen a password. */
  INVITED,
  ACTIVE,
  /** Switched off by an administrator; cannot sign in, API tokens stop working. */
  DISABLED
}
