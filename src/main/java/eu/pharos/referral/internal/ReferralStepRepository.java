package eu.pharos.referral.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralStepRepository extends JpaRepository<ReferralStepRecord, UUID> {

  List<ReferralStepRecord> findByReferralIdOrderByAtAscIdAsc(UUID referralId);
}
