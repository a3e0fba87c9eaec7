package eu.pharos.standards.framework;

import eu.pharos.shared.InvalidInput;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A framework of standards in one version. Only a draft changes; adopting it freezes it, so that
 * cycles assessed against it keep meaning what they meant.
 */
@Entity
@Table(name = "standards_framework")
class Framework {

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false, updatable = false)
  private String version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FrameworkStatus status;

  @Column(nullable = false)
  private boolean illustrative;

  @Column(nullable = false)
  private String languages;

  @Column(nullable = false)
  private LocalText nameTexts;

  private LocalText descriptionTexts;

  @Convert(converter = ScalesConverter.class)
  @Column(nullable = false)
  private List<Scale> scales;

  @Column(updatable = false)
  private UUID previousId;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(updatable = false)
  private UUID createdBy;

  @Column(nullable = false)
  private Instant updatedAt;

  private UUID updatedBy;
  private Instant adoptedAt;
  private Instant retiredAt;

  @Version
  @Column(nullable = false)
  private long rowVersion;

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Standard> standards = new ArrayList<>();

  protected Framework() {}

  Framework(
      String code,
      String version,
      boolean illustrative,
      List<String> languages,
      LocalText name,
      LocalText description,
      List<Scale> scales,
      UUID previousId,
      Instant now,
      UUID by) {
    this.id = UUID.randomUUID();
    this.code = code;
    this.version = version;
    this.status = FrameworkStatus.DRAFT;
    this.illustrative = illustrative;
    this.languages = String.join(",", languages);
    this.nameTexts = name;
    this.descriptionTexts = description;
    this.scales = List.copyOf(scales);
    this.previousId = previousId;
    this.createdAt = now;
    this.createdBy = by;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  Standard addStandard(String code, LocalText title, LocalText description) {
    requireDraft();
    Standard standard = new Standard(this, code, standards.size() + 1, title, description);
    standards.add(standard);
    return standard;
  }

  void removeStandard(Standard standard) {
    requireDraft();
    standards.remove(standard);
    renumber(standards);
  }

  void rename(LocalText name, LocalText description) {
    requireDraft();
    this.nameTexts = name;
    this.descriptionTexts = description;
  }

  void replaceScales(List<Scale> scales) {
    requireDraft();
    this.scales = List.copyOf(scales);
  }

  void adopt(Instant now, UUID by) {
    requireDraft();
    if (standards.stream().allMatch(s -> s.indicators().isEmpty())) {
      throw InvalidInput.of(null, "standards.framework.error.empty");
    }
    status = FrameworkStatus.ADOPTED;
    adoptedAt = now;
    touch(now, by);
  }

  void retire(Instant now, UUID by) {
    if (status != FrameworkStatus.ADOPTED) {
      throw InvalidInput.of(null, "standards.framework.error.not-adopted");
    }
    status = FrameworkStatus.RETIRED;
    retiredAt = now;
    touch(now, by);
  }

  /** Refuses a change unless this is a draft: adopted and retired frameworks are frozen. */
  void requireDraft() {
    if (status != FrameworkStatus.DRAFT) {
      throw InvalidInput.of(null, "standards.framework.error.frozen");
    }
  }

  void touch(Instant now, UUID by) {
    this.updatedAt = now;
    this.updatedBy = by;
  }

  Optional<Scale> scale(String code) {
    return scales.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  List<Indicator> indicators() {
    return standards.stream().flatMap(s -> s.indicators().stream()).toList();
  }

  static <T extends Positioned> void renumber(List<T> items) {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).position(i + 1);
    }
  }

  UUID id() {
    return id;
  }

  String code() {
    return code;
  }

  String version() {
    return version;
  }

  FrameworkStatus status() {
    return status;
  }

  boolean illustrative() {
    return illustrative;
  }

  List<String> languages() {
    return Arrays.stream(languages.split(",")).filter(l -> !l.isBlank()).toList();
  }

  LocalText name() {
    return nameTexts;
  }

  LocalText description() {
    return descriptionTexts == null ? LocalText.EMPTY : descriptionTexts;
  }

  List<Scale> scales() {
    return scales;
  }

  UUID previousId() {
    return previousId;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  Instant adoptedAt() {
    return adoptedAt;
  }

  long rowVersion() {
    return rowVersion;
  }

  List<Standard> standards() {
    return standards;
  }

  /** An element of a framework that keeps its place in a list. */
  interface Positioned {
    void position(int position);
  }
}
