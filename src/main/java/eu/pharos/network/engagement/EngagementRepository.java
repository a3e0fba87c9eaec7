package eu.pharos.network.engagement;

import eu.pharos.network.FollowUpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EngagementRepository extends JpaRepository<Engagement, UUID> {

  List<Engagement> findAllByOrderByStartsOnDescTitleAsc();

  List<Engagement> findByCountryCodeOrderByStartsOnDescTitleAsc(String countryCode);

  @Query(
      "select distinct e from Engagement e join e.actions a"
          + " where a.status = :status and a.dueOn < :today")
  List<Engagement> withActionsDueBefore(FollowUpStatus status, LocalDate today);
}
