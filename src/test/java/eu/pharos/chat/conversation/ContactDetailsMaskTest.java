package eu.pharos.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What staff see of a victim's contact details where their organisation masks them. */
class ContactDetailsMaskTest {

  private static final String M = ConversationStore.MASK;

  @Test
  void eMailAddressesAndPhoneNumbersAreMaskedWhereverTheyStand() {
    assertThat(ConversationStore.mask("Escreva para ana.silva+ajuda@example.pt, obrigada"))
        .isEqualTo("Escreva para " + M + ", obrigada");
    assertThat(ConversationStore.mask("Ligue-me para +351 912 345 678, por favor."))
        .isEqualTo("Ligue-me para " + M + ", por favor.");
    assertThat(ConversationStore.mask("ana@example.pt oder 0171/2345678"))
        .isEqualTo(M + " oder " + M);
    // A number starts at its first digit or plus sign.
    assertThat(ConversationStore.mask("(030) 123-45-67")).isEqualTo("(" + M);
  }

  @Test
  void textWithoutAnAtOrTwoDigitsIsReturnedAsItIs() {
    String plain = "Ele voltou ontem à noite e tenho medo.";
    assertThat(ConversationStore.mask(plain)).isSameAs(plain);
    assertThat(ConversationStore.mask("Room 7, second floor")).isEqualTo("Room 7, second floor");
    assertThat(ConversationStore.mask("")).isEmpty();
  }

  @Test
  void shortNumbersAndLoneAtSignsAreNotContactDetails() {
    assertThat(ConversationStore.mask("It happened on 12 March at 9 pm."))
        .isEqualTo("It happened on 12 March at 9 pm.");
    assertThat(ConversationStore.mask("meet @ the station")).isEqualTo("meet @ the station");
  }
}
