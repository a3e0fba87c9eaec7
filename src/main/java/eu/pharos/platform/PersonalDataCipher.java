package eu.pharos.platform;

/**
 * Encryption at rest of victims' personal data, and keyed hashes to find it again.
 *
 * <p>{@link #seal} uses authenticated encryption (AES-256-GCM through Google Tink) with the current
 * data key; a sealed value reads {@code <key id>.<base64url>}, so every value names the key that
 * sealed it and values sealed with a retired key stay readable while that key is configured. The
 * context (for example {@code helpline_victim.full_name_sealed:<row id>}) is bound as associated
 * data: a value copied to another row or column does not open.
 *
 * <p>{@link #blindIndex} is a keyed hash (HMAC-SHA256 under a separate index key) of a normalised
 * value, for exact lookups by name or phone without storing or querying the plain text.
 */
public interface PersonalDataCipher {

  /** Seals a value with the current key; null stays null. */
  String seal(String plain, String context);

  /**
   * Opens a sealed value; null stays null.
   *
   * @throws IllegalStateException when the value was changed, belongs to another context or was
   *     sealed with a key that is no longer configured
   */
  String open(String sealed, String context);

  /** The id of the key that sealed a value; null for null. */
  String keyIdOf(String sealed);

  /** The id of the key that {@link #seal} uses now. */
  String currentKeyId();

  /**
   * A keyed hash of a value for exact lookups, as lowercase hex; null for a blank value. The value
   * is normalised by the purpose's rules first: {@code name} folds case, accents and spacing;
   * {@code phone} keeps digits and a leading plus only.
   */
  String blindIndex(String purpose, String value);

  /** The id of the key that {@link #blindIndex} uses now. */
  String currentIndexKeyId();
}
