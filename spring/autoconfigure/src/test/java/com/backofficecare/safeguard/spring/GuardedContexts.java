package com.backofficecare.safeguard.spring;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.Network;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The application context of the {@code @Guarded} tests: the starter over a test policy. */
final class GuardedContexts {

  private GuardedContexts() {}

  /**
   * Runs {@code body} with the bean {@code service} of a context whose caller is {@code person} of
   * the test agency, on the compliant {@code device} in the office, asking for client-1042.
   */
  static <S> void run(Path dir, Class<S> service, String person, String device, Consumer<S> body) {
    Instant now = Instant.now();
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                SafeguardAutoConfiguration.class,
                org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration
                    .class))
        .withPropertyValues(
            "safeguard.policy-file=" + SafeguardAutoConfigurationTest.POLICY,
            "safeguard.store-dir=" + dir,
            "safeguard.passphrase-env=PATH",
            "safeguard.policy-reload-interval=0s")
        .withBean(service)
        .withBean(
            AccessContext.class,
            () ->
                () ->
                    AccessRequest.builder()
                        .person(person)
                        .agency(AgencyId.of("sunrise-home-care"))
                        .device(DevicePosture.compliant(device))
                        .network(Network.OFFICE)
                        .authentication(new Authentication(true, now))
                        .at(now)
                        .records(List.of("client-1042")))
        .run(ctx -> body.accept(ctx.getBean(service)));
  }
}
