package eu.pharos.knowledge.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

  List<Meeting> findByCentreIdOrderByStartsAtAsc(UUID centreId);

  List<Meeting> findByCentreIdAndVisibilityInAndEndsAtAfterOrderByStartsAtAsc(
      UUID centreId,
      Collection<eu.pharos.knowledge.centre.Visibility> visible,
      Instant after,
      Limit limit);

  Optional<Meeting> findByIdAndCentreId(UUID id, UUID centreId);
}

interface AgendaItemRepository extends JpaRepository<AgendaItem, UUID> {

  List<AgendaItem> findByMeetingIdOrderByPositionAsc(UUID meetingId);
}

interface ParticipantRepository extends JpaRepository<Participant, UUID> {

  List<Participant> findByMeetingIdOrderByNameAsc(UUID meetingId);

  Optional<Participant> findByMeetingIdAndUserId(UUID meetingId, UUID userId);
}

interface WorkgroupRepository extends JpaRepository<Workgroup, UUID> {

  List<Workgroup> findByMeetingIdOrderByPositionAsc(UUID meetingId);
}

interface DecisionRepository extends JpaRepository<Decision, UUID> {

  List<Decision> findByMeetingIdOrderByNumberAsc(UUID meetingId);
}

interface MeetingActionRepository extends JpaRepository<MeetingAction, UUID> {

  List<MeetingAction> findByMeetingIdOrderByCreatedAtAsc(UUID meetingId);
}
