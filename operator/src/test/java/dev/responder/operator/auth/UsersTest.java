package dev.responder.operator.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.schemas.command.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsersTest {

  private static final String CAROL_TOKEN = "carol-token-0123456789";
  private static final String CAROL_PASSWORD = "correct horse battery staple";

  private static Users users() {
    return UsersFile.parse(
        UsersFile.render(
            List.of(
                new UserAccount(
                    "carol",
                    Role.APPROVER,
                    Optional.of(Secrets.hashPassword(CAROL_PASSWORD)),
                    Set.of(Secrets.hashToken(CAROL_TOKEN))),
                new UserAccount(
                    "vic", Role.VIEWER, Optional.empty(), Set.of(Secrets.hashToken("vic-token"))))),
        "users.yaml");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldFindTheUserOfABearerTokenByItsHash() {
    Users.Authentication result = users().authenticate("Bearer " + CAROL_TOKEN);

    assertThat(result)
        .isEqualTo(new Users.Authentication.Authenticated(new Principal("carol", Role.APPROVER)));
  }

  @Test
  void shouldCheckABasicPasswordAgainstItsBcryptHash() {
    Users users = users();

    assertThat(users.authenticate(basic("carol", CAROL_PASSWORD)))
        .isInstanceOf(Users.Authentication.Authenticated.class);
    assertThat(users.authenticate(basic("carol", "wrong")))
        .isEqualTo(new Users.Authentication.Refused("the user name or password is not valid"));
  }

  @Test
  void shouldRefuseAUserWithoutPasswordOverBasic() {
    assertThat(users().authenticate(basic("vic", "")))
        .isInstanceOf(Users.Authentication.Refused.class);
  }

  @Test
  void shouldRefuseMissingUnknownAndMalformedCredentials() {
    Users users = users();

    assertThat(users.authenticate(null)).isInstanceOf(Users.Authentication.Refused.class);
    assertThat(users.authenticate("Bearer nope"))
        .isEqualTo(new Users.Authentication.Refused("the API token is not valid"));
    assertThat(users.authenticate("Digest abc"))
        .satisfies(r -> assertThat(r.toString()).contains("unsupported"));
    assertThat(users.authenticate("Basic !!!"))
        .isEqualTo(new Users.Authentication.Refused("Basic credentials are not Base64"));
  }

  @Test
  void shouldRefuseAFileHoldingAPlainTextSecret() {
    String yaml = "users:\n  carol:\n    role: approver\n    tokens: [my-plain-token]\n";

    assertThatThrownBy(() -> UsersFile.parse(yaml, "users.yaml"))
        .hasMessageContaining("users.yaml: user 'carol'")
        .hasMessageContaining("never the token");
  }

  @Test
  void shouldRefuseAnUnknownRoleNamingTheRoles() {
    String yaml = "users:\n  carol:\n    role: boss\n";

    assertThatThrownBy(() -> UsersFile.parse(yaml, "users.yaml"))
        .hasMessageContaining("role is 'boss'")
        .hasMessageContaining("[viewer, responder, approver, admin]");
  }

  @Test
  void shouldOrderRolesFromViewerToAdmin() {
    assertThat(Role.ADMIN.atLeast(Role.APPROVER)).isTrue();
    assertThat(Role.APPROVER.atLeast(Role.RESPONDER)).isTrue();
    assertThat(Role.RESPONDER.atLeast(Role.APPROVER)).isFalse();
    assertThat(Role.VIEWER.atLeast(Role.RESPONDER)).isFalse();
  }
}
