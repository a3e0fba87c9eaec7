package eu.pharos.identity.web;

import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.NewApiToken;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The form that creates a personal API token. */
public class ApiTokenForm {

  /** The validity periods the form offers, in days. */
  static final List<Integer> VALIDITY_CHOICES = List.of(30, 90, 180, 365);

  @NotBlank(message = "{tokens.name.required}")
  @Size(max = ApiTokens.MAX_NAME_LENGTH, message = "{tokens.name.tooLong}")
  private String name;

  @NotNull(message = "{tokens.validity.range}")
  @Min(value = 1, message = "{tokens.validity.range}")
  @Max(value = ApiTokens.MAX_VALIDITY_DAYS, message = "{tokens.validity.range}")
  private Integer validityDays = ApiTokens.DEFAULT_VALIDITY_DAYS;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getValidityDays() {
    return validityDays;
  }

  public void setValidityDays(Integer validityDays) {
    this.validityDays = validityDays;
  }

  NewApiToken toCommand() {
    return new NewApiToken(name, validityDays);
  }
}
