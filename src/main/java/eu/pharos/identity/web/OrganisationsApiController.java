package eu.pharos.identity.web;

import eu.pharos.identity.OrganisationKind;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import eu.pharos.shared.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;

/** The organisations of the network: public information, the same for every caller. */
@Tag(name = "Organisations", description = "The network's member organisations and secretariat")
@ApiController
class OrganisationsApiController {

  private final Organisations organisations;

  OrganisationsApiController(Organisations organisations) {
    this.organisations = organisations;
  }

  @Operation(summary = "All organisations of the network")
  @GetMapping("/api/v1/organisations")
  List<OrganisationResource> list() {
    return organisations.all().stream().map(OrganisationResource::of).toList();
  }

  record OrganisationResource(
      UUID id, String name, String shortName, String country, OrganisationKind kind) {

    static OrganisationResource of(OrganisationView organisation) {
      return new OrganisationResource(
          organisation.id(),
          organisation.name(),
          organisation.shortName(),
          organisation.countryCode(),
          organisation.kind());
    }
  }
}
