package eu.pharos.knowledge.search;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchEntryRepository extends JpaRepository<SearchEntry, UUID> {

  Optional<SearchEntry> findByKindAndRefId(String kind, UUID refId);

  void deleteByKindIn(Collection<String> kinds);
}
