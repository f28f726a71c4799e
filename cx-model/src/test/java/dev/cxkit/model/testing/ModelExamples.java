package dev.cxkit.model.testing;

import dev.cxkit.model.experience.Emotion;
import dev.cxkit.model.interaction.Initiator;
import dev.cxkit.model.interaction.Interaction;
import dev.cxkit.model.interaction.Money;
import dev.cxkit.model.interaction.Outcome;
import dev.cxkit.model.journey.Journey;
import dev.cxkit.model.journey.JourneyOutcome;
import dev.cxkit.model.journey.JourneyType;
import dev.cxkit.model.survey.Rating;
import dev.cxkit.model.survey.Scale;
import dev.cxkit.model.touchpoint.BusinessFunction;
import dev.cxkit.model.touchpoint.Channel;
import dev.cxkit.model.touchpoint.ChannelKind;
import dev.cxkit.model.touchpoint.Ownership;
import dev.cxkit.model.touchpoint.Touchpoint;
import java.time.Instant;

/**
 * Small, fixed, readable model instances for example-based tests: a cable company's outage journey
 * (outage call, transfer, technician visit, billing correction).
 */
public final class ModelExamples {

  private ModelExamples() {}

  /** The phone channel. */
  public static Channel phone() {
    return Channel.of("phone", "Call centre", ChannelKind.ASSISTED);
  }

  /** The support-call touchpoint. */
  public static Touchpoint supportCall() {
    return Touchpoint.builder()
        .id("support-call")
        .name("Support call")
        .channel(phone())
        .addStageIds("retention")
        .owningFunction(BusinessFunction.SERVICE)
        .ownership(Ownership.BRAND_OWNED)
        .build();
  }

  /** The outage call of customer c-42. */
  public static Interaction outageCall() {
    return Interaction.builder()
        .id("e-1")
        .customerId("c-42")
        .timestamp(Instant.parse("2024-03-01T08:00:00Z"))
        .touchpointId("support-call")
        .channelId("phone")
        .stageId("retention")
        .type("call")
        .initiator(Initiator.CUSTOMER)
        .outcome(Outcome.TRANSFERRED)
        .effort(Rating.of(Scale.ces1(), 4))
        .emotion(Emotion.ofMapScore(-1))
        .putAttribute("queue", "technical")
        .build();
  }

  /** The transfer to billing, 12 minutes later. */
  public static Interaction transfer() {
    return Interaction.builder()
        .from(outageCall())
        .id("e-2")
        .timestamp(Instant.parse("2024-03-01T08:12:00Z"))
        .outcome(Outcome.ESCALATED)
        .emotion(Emotion.ofMapScore(-2))
        .build();
  }

  /** The technician visit two days later. */
  public static Interaction technicianVisit() {
    return Interaction.builder()
        .id("e-3")
        .customerId("c-42")
        .timestamp(Instant.parse("2024-03-03T14:30:00Z"))
        .touchpointId("technician-visit")
        .channelId("home")
        .type("visit")
        .initiator(Initiator.COMPANY)
        .outcome(Outcome.RESOLVED)
        .emotion(Emotion.ofMapScore(1))
        .build();
  }

  /** The billing correction, a credit of 15.00 USD. */
  public static Interaction billingCredit() {
    return Interaction.builder()
        .id("e-4")
        .customerId("c-42")
        .timestamp(Instant.parse("2024-03-10T09:00:00Z"))
        .touchpointId("monthly-bill")
        .channelId("mail")
        .type("credit")
        .initiator(Initiator.COMPANY)
        .value(Money.of("-15.00", "USD"))
        .build();
  }

  /** The whole outage journey. */
  public static Journey outageJourney() {
    return Journey.builder()
        .id("j-outage")
        .customerId("c-42")
        .type(JourneyType.UNPREDICTABLE_SERVICE)
        .addInteractions(outageCall(), transfer(), technicianVisit(), billingCredit())
        .outcome(JourneyOutcome.RESOLVED)
        .build();
  }
}
