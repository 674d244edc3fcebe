/**
 * Spring Boot auto-configuration for Safeguard. Spring applications usually run on the class
 * path; on the module path, the configuration package is opened to Spring for its proxies and
 * property binding.
 */
module com.backofficecare.safeguard.spring {
  requires static org.jspecify;
  requires transitive com.backofficecare.safeguard.policy;
  requires spring.aop;
  requires spring.beans;
  requires spring.boot;
  requires spring.boot.autoconfigure;
  requires spring.context;
  requires spring.core;
  requires org.slf4j;
  requires static com.backofficecare.safeguard.storage.postgres;
  requires static com.backofficecare.safeguard.storage.s3;
  requires static jakarta.validation;
  requires static java.sql;
  requires static micrometer.core;
  requires static spring.boot.health;
  requires static spring.web;

  exports com.backofficecare.safeguard.spring;

  opens com.backofficecare.safeguard.spring to spring.core, spring.beans, spring.context;
}
