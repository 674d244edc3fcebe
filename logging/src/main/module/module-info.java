/**
 * PHI-safe logging for Logback, Log4j2, logstash-logback-encoder, Log4j2's JSON template layout and
 * java.util.logging. Every framework is optional: an application brings the ones it uses.
 */
module com.backofficecare.safeguard.logging {
  requires transitive org.jspecify;
  requires transitive com.backofficecare.safeguard.core;
  requires transitive java.logging;
  requires static transitive ch.qos.logback.classic;
  requires static ch.qos.logback.core;
  requires static org.slf4j;
  requires static transitive org.apache.logging.log4j;
  requires static transitive org.apache.logging.log4j.core;
  requires static transitive org.apache.logging.log4j.layout.template.json;
  requires static transitive com.fasterxml.jackson.core;
  requires static transitive logstash.logback.encoder;

  exports com.backofficecare.safeguard.logging;
}
