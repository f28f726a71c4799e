package dev.cxkit.model.interaction;

import static dev.cxkit.model.testing.Contracts.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import dev.cxkit.model.CxDocument;
import dev.cxkit.model.testing.Contracts;
import dev.cxkit.model.testing.ModelExamples;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionTest {

  @Test
  void initiatorTellsProactiveFromReactive() {
    assertTrue(Initiator.COMPANY.isProactive());
    assertFalse(Initiator.COMPANY.isReactive());
    assertTrue(Initiator.CUSTOMER.isReactive());
    assertTrue(ModelExamples.outageCall().isReactive());
    assertTrue(ModelExamples.technicianVisit().isProactive());
  }

  @Test
  void readableToString() {
    assertEquals(
        "Interaction{e-4 c-42 at 2024-03-10T09:00:00Z, credit via monthly-bill/mail, by COMPANY,"
            + " value=-15.00 USD}",
        ModelExamples.billingCredit().toString());
  }

  @Test
  void outcomeDefaultsToNone() {
    Interaction view =
        Interaction.builder()
            .id("e-5")
            .customerId("c-42")
            .timestamp(java.time.Instant.parse("2024-03-01T08:00:00Z"))
            .touchpointId("status-page")
            .channelId("web")
            .type("page-view")
            .initiator(Initiator.CUSTOMER)
            .build();
    assertEquals(Outcome.NONE, view.outcome());
  }

  @Test
  void interactionRules() {
    Interaction call = ModelExamples.outageCall();
    assertRejected(
        "interaction id must be a non-blank id of at most 200 characters without surrounding"
            + " spaces or control characters, was ''",
        () -> Interaction.builder().from(call).id("").build());
    assertRejected(
        "interaction 'e-1' customerId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ' '",
        () -> Interaction.builder().from(call).customerId(" ").build());
    assertRejected(
        "interaction 'e-1' accountId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> Interaction.builder().from(call).accountId("").build());
    assertRejected(
        "interaction 'e-1' touchpointId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> Interaction.builder().from(call).touchpointId("").build());
    assertRejected(
        "interaction 'e-1' channelId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> Interaction.builder().from(call).channelId("").build());
    assertRejected(
        "interaction 'e-1' stageId must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> Interaction.builder().from(call).stageId("").build());
    assertRejected(
        "interaction 'e-1' type must be a non-blank id of at most 200 characters without"
            + " surrounding spaces or control characters, was ''",
        () -> Interaction.builder().from(call).type("").build());
    assertRejected(
        "interaction 'e-1' attribute names must not contain blank entries, was [queue, ]",
        () -> Interaction.builder().from(call).putAttribute("", "x").build());
  }

  @Test
  void moneyRules() {
    assertEquals(new BigDecimal("129.90"), Money.of("129.90", "EUR").amount());
    assertEquals("129.90 EUR", Money.of("129.90", "EUR").toString());
    assertRejected(
        "money amount must be a decimal number, was '12,50'", () -> Money.of("12,50", "EUR"));
    assertRejected(
        "currency must be an ISO 4217 code of three capital letters, was 'eur'",
        () -> Money.of("1", "eur"));
    assertRejected(
        "currency must be an ISO 4217 code known to the JDK, was 'XYZ'",
        () -> Money.of("1", "XYZ"));
    assertRejected(
        "money amount must have 0..18 decimal places, was 1E+3", () -> Money.of("1E+3", "EUR"));
    assertRejected(
        "money amount must have 0..18 decimal places, was 1E-19",
        () -> Money.of("0.0000000000000000001", "EUR"));
    String digits = "1".repeat(39);
    assertRejected(
        "money amount must have at most 38 digits, was " + digits, () -> Money.of(digits, "EUR"));
  }

  @Test
  void logRules() {
    Interaction call = ModelExamples.outageCall();
    assertRejected(
        "interaction log interactions must have unique ids, was 'e-1' twice",
        () -> InteractionLog.of(List.of(call, call)));
    assertRejected(
        "schemaVersion must be 1 (the version this cxkit reads), was 2",
        () -> InteractionLog.builder().schemaVersion(2).build());
    assertEquals(CxDocument.SCHEMA_VERSION, InteractionLog.of(List.of(call)).schemaVersion());
    assertEquals(
        "InteractionLog{schemaVersion=1, 1 interactions}",
        InteractionLog.of(List.of(call)).toString());
  }

  @Test
  void nullsAreRejected() {
    Contracts.nullPointerTester().testAllPublicStaticMethods(Interaction.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(InteractionLog.class);
    Contracts.nullPointerTester().testAllPublicStaticMethods(Money.class);
    Contracts.nullPointerTester().testAllPublicConstructors(Money.class);
  }

  @Test
  void equality() {
    Interaction call = ModelExamples.outageCall();
    new EqualsTester()
        .addEqualityGroup(call, Interaction.builder().from(call).build())
        .addEqualityGroup(Interaction.builder().from(call).id("e-9").build())
        .addEqualityGroup(Interaction.builder().from(call).accountId("acme").build())
        .addEqualityGroup(Interaction.builder().from(call).outcome(Outcome.RESOLVED).build())
        .addEqualityGroup(Interaction.builder().from(call).value(Money.of("1.00", "EUR")).build())
        .addEqualityGroup(Interaction.builder().from(call).putAttribute("agent", "a7").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Money.of("10.50", "EUR"),
            Money.of(new BigDecimal("10.50"), Currency.getInstance("EUR")))
        .addEqualityGroup(Money.of("10.5", "EUR"))
        .addEqualityGroup(Money.of("10.50", "USD"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(InteractionLog.of(List.of(call)), InteractionLog.of(List.of(call)))
        .addEqualityGroup(InteractionLog.of(List.of()))
        .testEquals();
  }
}
