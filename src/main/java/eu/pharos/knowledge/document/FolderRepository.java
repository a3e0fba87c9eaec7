package eu.pharos.knowledge.document;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FolderRepository extends JpaRepository<Folder, UUID> {

  List<Folder> findByCentreIdOrderByNameAsc(UUID centreId);

  boolean existsByParentId(UUID parentId);
}
