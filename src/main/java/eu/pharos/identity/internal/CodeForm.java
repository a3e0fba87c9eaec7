package eu.pharos.identity.internal;

/** A code typed by the user: six digits from the authenticator, or a recovery code. */
public class CodeForm {

  private String code = "";
  private String sealedSecret = "";

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? "" : code;
  }

  /** Only while enrolling: the offered secret, sealed so that the browser cannot choose it. */
  public String getSealedSecret() {
    return sealedSecret;
  }

  public void setSealedSecret(String sealedSecret) {
    this.sealedSecret = sealedSecret == null ? "" : sealedSecret;
  }
}
