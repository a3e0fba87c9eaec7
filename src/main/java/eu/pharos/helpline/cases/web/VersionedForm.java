package eu.pharos.helpline.cases.web;

import org.springframework.validation.Errors;

/** A case form that carries the version of the case the user started from. */
interface VersionedForm {

  void validate(Errors errors);

  long getVersion();

  void setVersion(long version);
}
