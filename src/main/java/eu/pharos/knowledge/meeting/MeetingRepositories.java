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

interface MeetingAgendaItemRepository extends JpaRepository<MeetingAgendaItem, UUID> {

  List<MeetingAgendaItem> findByMeetingIdOrderByPositionAsc(UUID meetingId);
}

interface MeetingParticipantRepository extends JpaRepository<MeetingParticipant, UUID> {

  List<MeetingParticipant> findByMeetingIdOrderByNameAsc(UUID meetingId);

  Optional<MeetingParticipant> findByMeetingIdAndUserId(UUID meetingId, UUID userId);
}

interface MeetingWorkgroupRepository extends JpaRepository<MeetingWorkgroup, UUID> {

  List<MeetingWorkgroup> findByMeetingIdOrderByPositionAsc(UUID meetingId);
}

interface MeetingDecisionRepository extends JpaRepository<MeetingDecision, UUID> {

  List<MeetingDecision> findByMeetingIdOrderByNumberAsc(UUID meetingId);
}

interface MeetingActionRepository extends JpaRepository<MeetingAction, UUID> {

  List<MeetingAction> findByMeetingIdOrderByCreatedAtAsc(UUID meetingId);
}
