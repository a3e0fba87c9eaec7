package eu.pharos.identity;

import java.util.List;
import java.util.UUID;

/**
 * Personal API tokens of the signed-in user. A token acts as its owner, with the owner's roles and
 * organisation, until it expires, is revoked or the owner is disabled. Only its SHA-256 is kept.
 */
public interface ApiTokens {

  int DEFAULT_VALIDITY_DAYS = 90;
  int MAX_VALIDITY_DAYS = 365;
  int MAX_NAME_LENGTH = 100;

  /**
   * Creates a token for the signed-in user; the result is the only place the token itself appears.
   * A request authenticated by a token may not create another one.
   */
  CreatedApiToken create(NewApiToken token);

  /** The signed-in user's tokens that were not revoked, newest first, expired ones included. */
  List<ApiTokenView> mine();

  /**
   * Revokes one of the signed-in user's tokens; it stops working at once.
   *
   * @return the token as it was before revocation
   * @throws ApiTokenNotFound for an unknown or already revoked id, or another user's token
   */
  ApiTokenView revoke(UUID tokenId);
}
