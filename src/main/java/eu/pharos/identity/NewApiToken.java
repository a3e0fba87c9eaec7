package eu.pharos.identity;

/**
 * @param name what the token is for, as its owner will recognise it
 * @param validityDays days until it expires, 1 to {@link ApiTokens#MAX_VALIDITY_DAYS}; null for
 *     {@link ApiTokens#DEFAULT_VALIDITY_DAYS}
 */
public record NewApiToken(String name, Integer validityDays) {

  public NewApiToken {
    if (name == null || name.isBlank() || name.strip().length() > ApiTokens.MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("A token name has 1 to 100 characters");
    }
    name = name.strip();
    if (validityDays == null) {
      validityDays = ApiTokens.DEFAULT_VALIDITY_DAYS;
    }
    if (validityDays < 1 || validityDays > ApiTokens.MAX_VALIDITY_DAYS) {
      throw new IllegalArgumentException("A token is valid for 1 to 365 days");
    }
  }
}
