package dev.cxkit.model.persona;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.testing.Contracts;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonaTest {

  private static StageEngagement gatekeeping() {
    return StageEngagement.builder()
        .participation(ParticipationLevel.GATEKEEPER)
        .addInformationalNeed("security certifications")
        .addActivity("security review")
        .addContentPreference("whitepaper")
        .build();
  }

  private static Persona.Builder cio() {
    return Persona.builder()
        .id("cio")
        .name("Chris, CIO")
        .description("Owns the IT budget")
        .segmentId("enterprise")
        .attributes(Attributes.builder().putFirmographic("employees", "5000+").build())
        .addNeed("low integration risk")
        .addGoal("consolidate vendors")
        .addChannelPreference("sales-rep")
        .addContentPreference("analyst report")
        .addBuyingRoles(BuyingRole.DECIDER, BuyingRole.APPROVER)
        .putStageEngagement("selection", gatekeeping());
  }

  @Test
  void oneb2bPersonaMayHoldSeveralBuyingRolesAndStageEngagements() {
    Persona cio = cio().build();
    assertTrue(cio.holds(BuyingRole.DECIDER));
    assertTrue(cio.holds(BuyingRole.APPROVER));
    assertFalse(cio.holds(BuyingRole.GATEKEEPER));
    assertEquals(Optional.of(gatekeeping()), cio.engagementIn("selection"));
    assertEquals(Optional.empty(), cio.engagementIn("awareness"));
    assertEquals(
        "Persona{cio 'Chris, CIO', roles=[DECIDER, APPROVER], goals=[consolidate vendors],"
            + " stages=[selection]}",
        cio.toString());
  }

  @Test
  void b2cPersonaNeedsOnlyIdAndName() {
    Persona anna = Persona.of("anna", "Anna, commuter");
    assertTrue(anna.buyingRoles().isEmpty());
    assertEquals("", anna.description());
    assertTrue(anna.attributes().isEmpty());
  }

  @Test
  void personaRules() {
    assertRejected(
        "persona id must be a non-blank id of at most 200 characters without surrounding spaces or"
            + " control characters, was ''",
        () -> cio().id("").build());
    assertRejected("persona 'cio' name must not be blank, was ''", () -> cio().name("").build());
    assertRejected(
        "persona 'cio' needs must not contain blank entries, was [low integration risk,  ]",
        () -> cio().addNeed(" ").build());
    assertRejected(
        "persona 'cio' goals must not contain blank entries, was [consolidate vendors, ]",
        () -> cio().addGoal("").build());
    assertRejected(
        "persona 'cio' channelPreferences entry must be a non-blank id of at most 200 characters"
            + " without surrounding spaces or control characters, was ' web'",
        () -> cio().addChannelPreference(" web").build());
    assertRejected(
        "persona 'cio' contentPreferences must not contain blank entries, was [analyst report, ]",
        () -> cio().addContentPreference("").build());
    assertRejected(
        "persona 'cio' stageEngagements key must be a non-blank id of at most 200 characters"
            + " without surrounding spaces or control characters, was ''",
        () -> cio().putStageEngagement("", gatekeeping()).build());
    assertRejected(
        "persona 'cio' segmentId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> cio().segmentId("").build());
  }

  @Test
  void segmentRules() {
    assertRejected(
        "segment id must be a non-blank id of at most 200 characters without surrounding spaces or"
            + " control characters, was ''",
        () -> Segment.of("", "SMB"));
    assertRejected("segment 'smb' name must not be blank, was ''", () -> Segment.of("smb", ""));
    assertRejected(
        "segment 'smb' needs must not contain blank entries, was []",
        () -> Segment.builder().id("smb").name("SMB").addNeed("").build());
  }

  @Test
  void attributeAndEngagementRules() {
    assertRejected(
        "demographic attribute names must not contain blank entries, was [ ]",
        () -> Attributes.builder().putDemographic(" ", "x").build());
    assertRejected(
        "psychographic attribute names must not contain blank entries, was []",
        () -> Attributes.builder().putPsychographic("", "x").build());
    assertRejected(
        "firmographic attribute names must not contain blank entries, was []",
        () -> Attributes.builder().putFirmographic("", "x").build());
    assertRejected(
        "informationalNeeds must not contain blank entries, was []",
        () ->
            StageEngagement.builder()
                .participation(ParticipationLevel.DRIVER)
                .addInformationalNeed("")
                .build());
    assertRejected(
        "activities must not contain blank entries, was []",
        () ->
            StageEngagement.builder()
                .participation(ParticipationLevel.DRIVER)
                .addActivity("")
                .build());
  }

  @Test
  void nullsAreRejected() {
    for (Class<?> type :
        new Class<?>[] {Persona.class, Segment.class, Attributes.class, StageEngagement.class}) {
      Contracts.nullPointerTester().testAllPublicStaticMethods(type);
    }
    Contracts.nullPointerTester().testAllPublicInstanceMethods(cio().build());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(cio().build(), cio().build())
        .addEqualityGroup(cio().addBuyingRole(BuyingRole.INFLUENCER).build())
        .addEqualityGroup(cio().putStageEngagement("purchase", gatekeeping()).build())
        .addEqualityGroup(Persona.of("cio", "Chris, CIO"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Segment.of("smb", "SMB"), Segment.of("smb", "SMB"))
        .addEqualityGroup(Segment.builder().id("smb").name("SMB").addGoal("grow").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Attributes.empty(), Attributes.builder().build())
        .addEqualityGroup(Attributes.builder().putDemographic("age", "30-39").build())
        .addEqualityGroup(Attributes.builder().putPsychographic("age", "30-39").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(gatekeeping(), gatekeeping())
        .addEqualityGroup(StageEngagement.of(ParticipationLevel.GATEKEEPER))
        .addEqualityGroup(StageEngagement.of(ParticipationLevel.DRIVER))
        .testEquals();
  }
}
