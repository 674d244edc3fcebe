/**
 * Spring Boot auto-configuration for Safeguard. Spring applications usually run on the class path;
 * on the module path, the configuration package is opened to Spring for its proxies and property
 * binding.
 */
module com.backofficecare.safeguard.spring {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.policy;
  requires com.backofficecare.safeguard.policy.files;
  requires com.backofficecare.safeguard.termination;
  requires spring.aop;
  requires transitive spring.beans;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires spring.core;
  requires org.slf4j;
  requires static com.backofficecare.safeguard.storage.postgres;
  requires static com.backofficecare.safeguard.storage.s3;
  requires static transitive jakarta.validation;
  requires static transitive java.sql;
  requires static micrometer.core;
  requires static spring.boot.health;
  requires static transitive spring.web;

  exports com.backofficecare.safeguard.spring;

  opens com.backofficecare.safeguard.spring to
      spring.core,
      spring.beans,
      spring.context;
}
