package org.zhifa.cases.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhifa.cases.internal.ProcedureCatalog;
import org.zhifa.cases.procedure.Transition;
import org.zhifa.cases.steps.CaseStep;
import org.zhifa.identity.Role;

/**
 * One documented operation per step: {@code POST /api/cases/{id}/transitions/<name>} with the step's own input schema
 * (the same record the engine reads, with unknown fields refused), its roles, pre-states and guards with their
 * articles. The generic operation lists every step's schema as {@code oneOf}.
 */
@Configuration(proxyBeanMethods = false)
class StepOpenApi {

    static final String TAG = "行政处罚案件：办案环节";
    static final String GENERIC = "/api/cases/{id}/transitions/{name}";

    @Bean
    OpenApiCustomizer caseStepOperations(ProcedureCatalog catalog) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            List<Schema> oneOf = new ArrayList<>();
            for (CaseStep<?> step : catalog.steps()) {
                Transition t = step.transition();
                String ref = schema(openApi, step.inputType());
                if (t.opens()) {
                    continue;
                }
                oneOf.add(new Schema<>().$ref(ref));
                openApi.path("/api/cases/{id}/transitions/" + t.name(), new PathItem().post(operation(t, ref)));
            }
            PathItem generic = openApi.getPaths() == null ? null : openApi.getPaths().get(GENERIC);
            if (generic != null && generic.getPost() != null) {
                generic.getPost().setRequestBody(new RequestBody().required(true).content(new Content()
                        .addMediaType("application/json", new MediaType().schema(new Schema<>().oneOf(oneOf)))));
            }
        };
    }

    /** Adds the input record's schema and those it refers to; the reference to it. */
    private static String schema(OpenAPI openApi, Class<?> type) {
        var resolved = ModelConverters.getInstance(true).resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
        resolved.referencedSchemas.forEach((name, s) -> openApi.getComponents().addSchemas(name, s));
        io.swagger.v3.oas.annotations.media.Schema named = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        String name = named != null && !named.name().isBlank() ? named.name() : type.getSimpleName();
        if (!openApi.getComponents().getSchemas().containsKey(name)) {
            openApi.getComponents().addSchemas(name, resolved.schema);
        }
        return "#/components/schemas/" + name;
    }

    private static Operation operation(Transition t, String ref) {
        String description = "环节“" + t.label() + "”。起始环节：" + t.from().stream().map(s -> s.label()).sorted()
                .collect(Collectors.joining("、")) + "；之后：" + (t.to() == null ? (t.returns() ? "退回到所选的之前环节" : "环节不变")
                : t.to().label()) + "。角色：" + t.roles().stream().map(Role::label).collect(Collectors.joining("、"))
                + (t.handlerOnly() ? "（本案承办人员）" : "") + "。规则：" + (t.guards().isEmpty() ? "无"
                : t.guards().stream().map(g -> g.label() + "（" + g.basis().text() + "）").collect(Collectors.joining("；")))
                + "。请求体只接受本环节的字段，其他字段返回 400。";
        ApiResponses responses = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("已完成；返回新的环节和版本号").content(new Content()
                        .addMediaType("application/json", new MediaType().schema(new Schema<>()
                                .$ref("#/components/schemas/StepResult")))))
                .addApiResponse("400", new ApiResponse().description("输入有误：缺少或格式错误的字段、本环节不使用的字段（中文，逐字段）"))
                .addApiResponse("403", new ApiResponse().description("角色或承办人员不符"))
                .addApiResponse("404", new ApiResponse().description("案件不存在或不在数据范围内"))
                .addApiResponse("409", new ApiResponse().description("版本过期，或当前环节不能执行本环节"))
                .addApiResponse("422", new ApiResponse().description("规则不允许，problem+json 带 article（法律依据）"));
        return new Operation().operationId("step_" + t.name().replace('-', '_')).addTagsItem(TAG).summary(t.label())
                .description(description).addParametersItem(new Parameter().in("path").name("id").required(true)
                        .schema(new Schema<Long>().type("integer").format("int64")))
                .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref(ref)))))
                .responses(responses);
    }
}
