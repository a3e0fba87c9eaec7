package eu.pharos.identity.web;

import eu.pharos.identity.ApiTokenView;
import eu.pharos.identity.ApiTokens;
import eu.pharos.identity.CreatedApiToken;
import eu.pharos.identity.NewApiToken;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The caller's personal API tokens. Creating one needs a signed-in session (and its CSRF token): a
 * token cannot create another token.
 */
@Tag(name = "API tokens", description = "Personal API tokens of the caller")
@ApiController
@RequestMapping("/api/v1/tokens")
class ApiTokensApiController {

  private final ApiTokens tokens;

  ApiTokensApiController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Operation(summary = "The caller's API tokens, without the tokens themselves")
  @GetMapping
  List<TokenResource> list() {
    return tokens.mine().stream().map(TokenResource::of).toList();
  }

  /** The response is the only time the token itself is shown. */
  @Operation(summary = "Create a token (signed-in session only); the response shows it once")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CreatedTokenResource create(@Valid @RequestBody CreateTokenRequest request) {
    CreatedApiToken created =
        tokens.create(new NewApiToken(request.name(), request.validityDays()));
    return CreatedTokenResource.of(created);
  }

  @Operation(summary = "Revoke one of the caller's tokens")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable UUID id) {
    tokens.revoke(id);
  }

  /**
   * @param validityDays days until the token expires; 90 when left out
   */
  record CreateTokenRequest(
      @NotBlank(message = "{tokens.name.required}")
          @Size(max = ApiTokens.MAX_NAME_LENGTH, message = "{tokens.name.tooLong}")
          String name,
      @Min(value = 1, message = "{tokens.validity.range}")
          @Max(value = ApiTokens.MAX_VALIDITY_DAYS, message = "{tokens.validity.range}")
          Integer validityDays) {}

  record TokenResource(
      UUID id,
      String name,
      Instant createdAt,
      Instant lastUsedAt,
      Instant expiresAt,
      boolean expired) {

    static TokenResource of(ApiTokenView token) {
      return new TokenResource(
          token.id(),
          token.name(),
          token.createdAt(),
          token.lastUsedAt(),
          token.expiresAt(),
          token.expired());
    }
  }

  record CreatedTokenResource(
      UUID id, String name, Instant createdAt, Instant expiresAt, String token) {

    static CreatedTokenResource of(CreatedApiToken created) {
      ApiTokenView view = created.token();
      return new CreatedTokenResource(
          view.id(), view.name(), view.createdAt(), view.expiresAt(), created.secret());
    }
  }
}
