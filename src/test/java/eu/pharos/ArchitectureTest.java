package eu.pharos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The rules of STYLE.md that matter most to us, checked on every build. */
class ArchitectureTest {

  static final JavaClasses PHAROS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("eu.pharos");

  @Test
  void entitiesAreNotPublic() {
    classes()
        .that()
        .areAnnotatedWith(Entity.class)
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .check(PHAROS);
  }

  @Test
  void repositoriesAreNotPublic() {
    classes()
        .that()
        .areAssignableTo(Repository.class)
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .check(PHAROS);
  }

  @Test
  void controllersAreNotPublic() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .and()
        .areNotAnnotations()
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .check(PHAROS);
  }

  @Test
  void domainCodeNeverCallsTheWebLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("eu.pharos..web..")
        .check(PHAROS);
  }

  @Test
  void noFieldInjection() {
    noFields().should().beAnnotatedWith(Autowired.class).check(PHAROS);
  }
}
