package eu.pharos.referral;

import java.util.List;

public record ReferralList(List<ReferralSummary> items, long total, int page, int size) {}
