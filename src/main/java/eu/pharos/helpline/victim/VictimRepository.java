package eu.pharos.helpline.victim;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VictimRepository extends JpaRepository<Victim, UUID> {

  List<Victim> findByIdIn(Collection<UUID> ids);

  /** Exact matches of either blind index, erased victims left out. */
  @Query(
      "select v from Victim v where v.erasedAt is null"
          + " and (v.nameIndex = :nameIndex or v.phoneIndex = :phoneIndex)"
          + " order by v.reference")
  List<Victim> findByIndex(String nameIndex, String phoneIndex);
}
