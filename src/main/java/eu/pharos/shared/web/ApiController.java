package eu.pharos.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the JSON API under {@code /api/v1}. Every error it raises is answered with an RFC
 * 9457 problem document ({@code application/problem+json}) instead of the HTML error page; HTML
 * controllers keep the friendly error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ApiController {

  @AliasFor(annotation = RestController.class)
  String value() default "";
}
