package eu.pharos.identity.internal;

import eu.pharos.identity.NewOrganisation;
import eu.pharos.identity.OrganisationView;
import eu.pharos.identity.Organisations;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class OrganisationService implements Organisations {

  private final OrganisationRepository organisations;
  private final Clock clock;

  OrganisationService(OrganisationRepository organisations, Clock clock) {
    this.organisations = organisations;
    this.clock = clock;
  }

  @Override
  @Transactional
  public OrganisationView create(NewOrganisation command) {
    return organisations.save(new Organisation(command, Instant.now(clock))).view();
  }

  @Override
  public Optional<OrganisationView> find(UUID id) {
    return organisations.findById(id).map(Organisation::view);
  }

  @Override
  public Optional<OrganisationView> findByShortName(String shortName) {
    return organisations.findByShortNameIgnoreCase(shortName).map(Organisation::view);
  }

  @Override
  public List<OrganisationView> all() {
    return organisations.findAll().stream()
        .map(Organisation::view)
        .sorted(Comparator.comparing(OrganisationView::name))
        .toList();
  }
}
