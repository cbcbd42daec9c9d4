package org.casework.register.control;

import org.casework.kernel.RowError;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.RegistrationStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RegisterCsvTest {

    @Test
    void eachLineIsARegistrantWithColumnsInAnyOrder() {
        RegisterCsv.Result read = RegisterCsv.read("""
                full_name,registration_number,profession,status,email,postal_address
                Aroha Tane,MSC-50001,Medical laboratory scientist,lapsed,aroha@example.org,"12 Quay St
                Auckland"
                Ben Hill,MSC-50002,Anaesthetic technician,,,
                """);
        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).extracting(RegisterCsv.Parsed::line).as("records, a quoted address one of them")
                .containsExactly(2, 3);
        Practitioner aroha = Practitioner.registered(read.rows().get(0).details());
        assertThat(aroha.status()).isEqualTo(RegistrationStatus.LAPSED);
        assertThat(aroha.postalAddress()).isEqualTo("12 Quay St\nAuckland");
        assertThat(Practitioner.registered(read.rows().get(1).details()).status())
                .as("an empty status is current").isEqualTo(RegistrationStatus.CURRENT);
    }

    @Test
    void everyProblemIsNamedByLineAndColumnAtOnce() {
        RegisterCsv.Result read = RegisterCsv.read("""
                registration_number,full_name,profession,email,status
                MSC-50001,Aroha Tane,Scientist,not-an-address,retired
                MSC-50002,,,,
                msc-50001,Aroha Again,Scientist,,
                """);
        assertThat(read.errors()).extracting(RowError::line, RowError::field).containsExactly(
                tuple(2, "status"), tuple(2, "email"), tuple(3, "full_name"), tuple(3, "profession"),
                tuple(4, "registration_number"));
        assertThat(read.errors().get(4).reason()).contains("repeats line 2");
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsOrWithAnUnknownOneIsRefusedBeforeAnyLine() {
        assertThat(RegisterCsv.read("registration_number,name\nMSC-1,Ann\n").errors())
                .extracting(RowError::line, RowError::field).containsExactly(tuple(1, "header"), tuple(1, "header"));
        assertThat(RegisterCsv.read("").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("empty"));
    }
}
