package org.allianceledger.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.allianceledger.core.alliance.AllianceId;
import org.allianceledger.core.alliance.AmendmentId;
import org.allianceledger.core.alliance.CampaignId;
import org.allianceledger.core.alliance.PaymentId;
import org.allianceledger.core.alliance.SpendId;
import org.allianceledger.core.journey.ConversionId;
import org.allianceledger.core.journey.CustomerRef;
import org.allianceledger.core.journey.JourneyId;
import org.allianceledger.core.journey.ReferralId;
import org.allianceledger.core.money.BasisPoints;
import org.allianceledger.core.money.Money;
import org.allianceledger.core.partner.PartnerId;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document at /v3/api-docs (UI at /swagger-ui.html): bearer authentication, the domain's value
 * types as the JSON they are written as, and on every operation its error responses, headers and an example
 * request ({@link OperationDocumentation}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "apiKey";

    static {
        // ledger-core knows nothing of springdoc: describe its value types here, as Jackson writes them
        SpringDocUtils.getConfig()
                .replaceWithSchema(Money.class, new ObjectSchema()
                        .addProperty("amount", new StringSchema().pattern("^-?[0-9]+(\\.[0-9]+)?$").example("1234.50")
                                .description("exact decimal, at most the currency's decimals, as a string"))
                        .addProperty("currency", new StringSchema().example("EUR").description("ISO 4217 code"))
                        .required(List.of("amount", "currency"))
                        .description("An exact amount of money"))
                .replaceWithSchema(PartnerId.class, new StringSchema().pattern("^[a-z0-9-]{2,40}$").example("acme"))
                .replaceWithSchema(CustomerRef.class, new StringSchema().pattern("^[A-Za-z0-9._:-]{1,64}$")
                        .example("cust-8f3a").description("pseudonymous customer reference, never personal data"))
                .replaceWithSchema(BasisPoints.class, new io.swagger.v3.oas.models.media.IntegerSchema()
                        .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(10000)).example(5000));
        for (Class<?> uuid : List.of(AllianceId.class, AmendmentId.class, CampaignId.class, SpendId.class,
                PaymentId.class, ConversionId.class, ReferralId.class)) {
            SpringDocUtils.getConfig().replaceWithSchema(uuid, new StringSchema().format("uuid"));
        }
        SpringDocUtils.getConfig().replaceWithSchema(JourneyId.class, new StringSchema());
    }

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Alliance Ledger API").version("v1")
                        .description("""
                                The ledger of co-marketing alliances for partner systems. Authenticate with \
                                `Authorization: Bearer <api key>`; send an `Idempotency-Key` with every POST so \
                                retries are safe; errors are RFC 9457 problem details whose `type` ends with the \
                                name of the rule or problem. The README's partner integration guide tells the \
                                whole story."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("an API key issued by an ADMIN")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer operationDocumentation() {
        return new OperationDocumentation();
    }
}
