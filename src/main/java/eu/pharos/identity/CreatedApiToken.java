package eu.pharos.identity;

/**
 * A token just created.
 *
 * @param secret the token to send as {@code Authorization: Bearer …}; shown this once only
 */
public record CreatedApiToken(ApiTokenView token, String secret) {

  @Override
  public String toString() {
    return "CreatedApiToken[" + token + "]";
  }
}
