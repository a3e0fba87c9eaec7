package eu.pharos.standards.framework;

import eu.pharos.standards.framework.FrameworkTree.CriterionNode;
import eu.pharos.standards.framework.FrameworkTree.IndicatorNode;
import eu.pharos.standards.framework.FrameworkTree.StandardNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads frameworks for the rest of the module. An adopted or retired framework never changes, so
 * its tree is kept in memory once read; a draft is read afresh each time.
 */
@Component
@Transactional(readOnly = true)
public class FrameworkCatalogue {

  private final FrameworkRepository frameworks;
  private final IndicatorSuccessorRepository successors;
  private final Map<UUID, FrameworkTree> frozen = new ConcurrentHashMap<>();

  FrameworkCatalogue(FrameworkRepository frameworks, IndicatorSuccessorRepository successors) {
    this.frameworks = frameworks;
    this.successors = successors;
  }

  /**
   * @throws FrameworkNotFound for an unknown id
   */
  public FrameworkTree tree(UUID id) {
    FrameworkTree cached = id == null ? null : frozen.get(id);
    if (cached != null) {
      return cached;
    }
    Framework framework =
        (id == null ? Optional.<Framework>empty() : frameworks.findById(id))
            .orElseThrow(() -> FrameworkNotFound.forId(id));
    FrameworkTree tree = tree(framework);
    if (tree.status() != FrameworkStatus.DRAFT) {
      frozen.put(id, tree);
    }
    return tree;
  }

  /** Every framework, drafts included, newest version first within a code. */
  public List<FrameworkSummary> all() {
    return frameworks.findAllByOrderByCodeAscCreatedAtDesc().stream()
        .map(FrameworkCatalogue::summary)
        .toList();
  }

  /** Frameworks a new cycle may use. */
  public List<FrameworkSummary> adopted() {
    return all().stream().filter(f -> f.status() == FrameworkStatus.ADOPTED).toList();
  }

  public Optional<FrameworkSummary> find(String code, String version) {
    return frameworks.findByCodeAndVersion(code, version).map(FrameworkCatalogue::summary);
  }

  /** The indicator of a newer version that replaces {@code indicatorId}, if one is mapped. */
  public Optional<UUID> successorOf(UUID indicatorId) {
    return successors.findById(indicatorId).map(IndicatorSuccessor::successorId);
  }

  /** Forgets a cached tree; called when a framework's status changes. */
  void forget(UUID id) {
    frozen.remove(id);
  }

  static FrameworkTree tree(Framework framework) {
    List<StandardNode> standards =
        framework.standards().stream()
            .map(
                standard ->
                    new StandardNode(
                        standard.id(),
                        standard.code(),
                        standard.title(),
                        standard.description(),
                        standard.criteria().stream()
                            .map(
                                criterion ->
                                    new CriterionNode(
                                        criterion.id(),
                                        criterion.code(),
                                        criterion.title(),
                                        criterion.indicators().stream()
                                            .map(
                                                indicator ->
                                                    new IndicatorNode(
                                                        indicator.id(),
                                                        indicator.code(),
                                                        indicator.title(),
                                                        indicator.guidance(),
                                                        indicator.evidence(),
                                                        indicator.scaleCode(),
                                                        indicator.required(),
                                                        standard.id(),
                                                        criterion.id()))
                                            .toList()))
                            .toList()))
            .toList();
    return new FrameworkTree(
        framework.id(),
        framework.code(),
        framework.version(),
        framework.status(),
        framework.illustrative(),
        framework.languages(),
        framework.name(),
        framework.description(),
        framework.scales(),
        standards,
        framework.previousId(),
        framework.updatedAt(),
        framework.rowVersion());
  }

  static FrameworkSummary summary(Framework framework) {
    return new FrameworkSummary(
        framework.id(),
        framework.code(),
        framework.version(),
        framework.status(),
        framework.illustrative(),
        framework.name(),
        framework.standards().size(),
        framework.indicators().size(),
        framework.updatedAt());
  }
}
