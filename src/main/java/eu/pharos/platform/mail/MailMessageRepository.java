package eu.pharos.platform.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessageRepository extends JpaRepository<MailMessage, UUID> {

  List<MailMessage> findByStatusOrderByCreatedAtDesc(MailMessage.Status status, Limit limit);

  List<MailMessage> findByStatusAndCreatedAtBeforeOrderByCreatedAtAsc(
      MailMessage.Status status, Instant before, Limit limit);
}
