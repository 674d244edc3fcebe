package com.backofficecare.safeguard.examples.spring;

import com.backofficecare.safeguard.core.AgencyId;
import com.backofficecare.safeguard.core.DataCategory;
import com.backofficecare.safeguard.policy.access.AccessRequest;
import com.backofficecare.safeguard.policy.access.Authentication;
import com.backofficecare.safeguard.policy.access.DevicePosture;
import com.backofficecare.safeguard.policy.access.Network;
import com.backofficecare.safeguard.policy.access.Purpose;
import com.backofficecare.safeguard.spring.AccessContext;
import com.backofficecare.safeguard.spring.Guarded;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A scheduling service on the Safeguard starter: the client endpoint returns a full client record
 * from the "database", and the starter releases only what the caller's role may see. The caller is
 * taken from headers here (a real service takes it from its authentication).
 */
@SpringBootApplication
public class SchedulingService {

  public static void main(String[] args) {
    SpringApplication.run(SchedulingService.class, args);
  }

  /** A client record as the database holds it: more than a scheduler needs. */
  public record Client(String client_name, String address, String phone, String diagnosis) {}

  /** Who is calling, from the request headers. */
  @Bean
  AccessContext accessContext() {
    return () -> {
      HttpServletRequest r =
          ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
      Instant now = Instant.now();
      return AccessRequest.builder()
          .person(header(r, "X-Person", "anonymous"))
          .agency(AgencyId.of(header(r, "X-Agency", "unknown")))
          .network(Network.valueOf(header(r, "X-Network", "UNKNOWN")))
          .device(DevicePosture.compliant(header(r, "X-Device", "unknown")))
          .authentication(
              new Authentication(Boolean.parseBoolean(header(r, "X-Mfa", "false")), now))
          .records(List.of(r.getRequestURI()))
          .at(now);
    };
  }

  private static String header(HttpServletRequest r, String name, String fallback) {
    String v = r.getHeader(name);
    return v == null ? fallback : v;
  }

  @Service
  public static class Clients {
    @Guarded(
        category = DataCategory.CLIENT_RECORDS,
        purpose = Purpose.SCHEDULING,
        fields = {"client_name", "address", "phone", "diagnosis"})
    public Object visitView(String id) {
      Client c =
          new Client("Ada Lovelace", "12 Elm St, Pittsburgh, PA 15213", "(412) 555-0143", "CHF");
      LOG.info(
          "loaded {}", c); // a whole record logged by mistake: the starter's logging redacts it
      return c;
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Clients.class);
  }

  @RestController
  public static class Api {
    private final Clients clients;

    Api(Clients clients) {
      this.clients = clients;
    }

    @GetMapping("/clients/{id}/visit")
    public Object visit(@PathVariable("id") String id) {
      return clients.visitView(id);
    }

    @GetMapping("/ping")
    public Map<String, String> ping() {
      return Map.of("status", "up");
    }
  }
}
