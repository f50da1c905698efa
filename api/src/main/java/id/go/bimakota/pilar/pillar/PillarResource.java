package id.go.bimakota.pilar.pillar;

import id.go.bimakota.pilar.security.Role;
import id.go.bimakota.pilar.area.AreaCodes;
import id.go.bimakota.pilar.area.AreaDirectory;
import id.go.bimakota.pilar.common.problem.Message;
import id.go.bimakota.pilar.common.paging.Page;
import id.go.bimakota.pilar.common.paging.PageRequest;
import id.go.bimakota.pilar.common.problem.ProblemException;
import id.go.bimakota.pilar.common.web.ProblemResponses;
import id.go.bimakota.pilar.common.problem.ProblemType;
import id.go.bimakota.pilar.common.web.Versions;
import id.go.bimakota.pilar.common.idempotency.Idempotent;
import id.go.bimakota.pilar.pillar.PillarDtos.Deactivation;
import id.go.bimakota.pilar.pillar.PillarDtos.ImportReport;
import id.go.bimakota.pilar.pillar.PillarDtos.NewPillar;
import id.go.bimakota.pilar.pillar.PillarDtos.PillarPatch;
import id.go.bimakota.pilar.pillar.PillarDtos.PillarView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/pillars")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
@Tag(name = "Pilar", description = "Daftar pilar sosial; dikelola ADMIN, pilar melihat (NIK tersamar) dan memperbarui "
        + "telepon dan email sendiri. The registry of PSM, TKSK, Pordam, Tagana, Fasilitator and Pendamping Sosial. "
        + "ADMIN manages it; PILLAR users read it (NIK masked) and update their own phone and email.")
public class PillarResource {

    static final String CSV = "text/csv";
    private static final int MAX_QUERY_LENGTH = 100;
    private static final String IMPORT_EXAMPLE = """
            fullName,type,gender,phone,kelurahanCodes,originRegion,joinedOn
            Nurhasanah,PENDAMPING_SOSIAL,P,0812-3760-4411,52.72.03.1004;52.72.03.1005,Kabupaten Dompu,2023-02-01
            Muhammad Ikhsan,PENDAMPING_SOSIAL,L,+62 853 3812 0077,52.72.01.1001,Kabupaten Bima,2023-02-01
            """;

    private final PillarService pillars;
    private final PillarQuery query;
    private final PillarImport imports;
    private final AreaDirectory areas;

    public PillarResource(PillarService pillars, PillarQuery query, PillarImport imports, AreaDirectory areas) {
        this.pillars = pillars;
        this.query = query;
        this.imports = imports;
        this.areas = areas;
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR})
    @Operation(operationId = "listPillars", summary = "List pillars",
            description = "In name order, cursor-paged. kelurahan= gives the pillars assigned to that kelurahan; with "
                    + "includeCoverage=true also the TKSK of its kecamatan and the city-wide Pordam and Tagana. "
                    + "kecamatan= gives everyone working in it. q= matches part of the name, ignoring case and accents. "
                    + "NIK is masked for every role in the list (full only on a single read by ADMIN, audited). An unknown type or status is 400 listing the "
                    + "allowed values; so are an unknown area code and a bad limit or cursor.")
    public Page<PillarView> list(
            @Parameter(schema = @Schema(implementation = PillarType.class)) @QueryParam("type") PillarType type,
            @Parameter(schema = @Schema(implementation = PillarStatus.class)) @QueryParam("status") PillarStatus status,
            @Parameter(example = "52.72.03", schema = @Schema(pattern = AreaCodes.KECAMATAN_PATTERN))
            @QueryParam("kecamatan") String kecamatan,
            @Parameter(example = "52.72.03.1004", schema = @Schema(pattern = AreaCodes.KELURAHAN_PATTERN))
            @QueryParam("kelurahan") String kelurahan,
            @Parameter(description = "With kelurahan: add the TKSK of its kecamatan and the city-wide pillars",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeCoverage") Boolean includeCoverage,
            @Parameter(description = "Part of the name; case and accents do not matter", example = "hasanah",
                    schema = @Schema(maxLength = MAX_QUERY_LENGTH)) @QueryParam("q") String q,
            @BeanParam PageRequest page) {
        return query.list(new PillarQuery.Filter(type,
                status,
                kecamatan == null ? null : areas.requireKecamatan("kecamatan", kecamatan),
                kelurahan == null ? null : areas.requireKelurahan("kelurahan", kelurahan).code(),
                Boolean.TRUE.equals(includeCoverage), search(q)), page);
    }

    @POST
    @RolesAllowed(Role.Names.ADMIN)
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag point at it",
            content = @Content(schema = @Schema(implementation = PillarView.class)))
    @APIResponse(responseCode = "400",
            description = "Invalid NIK, phone, area code or an assignment that does not fit the type; every field named")
    @APIResponse(responseCode = "409",
            description = "Another pillar has this NIK or phone (errors names it), or the account username is taken")
    @Operation(operationId = "createPillar", summary = "Register a pillar",
            description = "Phone is stored as E.164 and, like the NIK, unique among pillars (409 when taken). "
                    + PillarDtos.ASSIGNMENT + " With account {username, password} the pillar's login (role PILLAR) "
                    + "is created and linked in the same request.")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    public RestResponse<PillarView> create(@Valid @NotNull NewPillar request) {
        PillarView pillar = pillars.create(request);
        return Versions.created("/api/v1/pillars/" + pillar.id(), pillar);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD) // checked below, after the role: a stranger gets 401/403, not 415
    @RolesAllowed(Role.Names.ADMIN)
    @APIResponseSchema(value = ImportReport.class, responseDescription = "One result per data row")
    @APIResponse(responseCode = "400", description = "Unknown, repeated or missing columns, or no data rows")
    @APIResponse(responseCode = "415", description = "Not sent as text/csv")
    @Operation(operationId = "importPillars", summary = "Register many pillars from a CSV file",
            description = "UTF-8 CSV; the header names the fields of a new pillar in any order ("
                    + "fullName, type and phone are required; unknown columns are an error). Several kelurahanCodes "
                    + "are separated by ';'. Answers one result per data row (row 1 is the first after the header): "
                    + "CREATED with its id, ERROR with the columns at fault, or VALID when it was checked but not "
                    + "written (dryRun=true, or an all-or-nothing import in which another row failed). The import "
                    + "is all-or-nothing unless atomic=false, which writes the valid rows and reports the others.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type =
            SchemaType.STRING),
            examples = @ExampleObject(name = "pendampingSosial", value = IMPORT_EXAMPLE)))
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    public RestResponse<ImportReport> importCsv(
            @Parameter(description = "Only check, write nothing", schema = @Schema(type =
                    SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") Boolean dryRun,
            @Parameter(description = "false: write the valid rows even when others fail", schema = @Schema(type =
                    SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("atomic") Boolean atomic,
            @Context HttpHeaders headers,
            String csv) {
        requireCsv(headers.getMediaType());
        return RestResponse.ok(imports.run(csv, Boolean.TRUE.equals(dryRun), !Boolean.FALSE.equals(atomic),
                ProblemResponses.locale(headers)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR})
    @APIResponseSchema(value = PillarView.class, responseDescription = "The pillar; ETag carries its version")
    @APIResponse(responseCode = "404", description = "No such pillar")
    @Operation(operationId = "getPillar", summary = "Get a pillar",
            description = "With ETag. NIK is full for ADMIN (each read is audited as NIK_READ), masked for PILLAR and in every list.")
    public RestResponse<PillarView> get(@PathParam("id") UUID id) {
        return Versions.ok(pillars.get(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.PILLAR})
    @APIResponseSchema(value = PillarView.class, responseDescription = "Changed; ETag carries the new version")
    @APIResponse(responseCode = "400", description = "Invalid values, every field named")
    @APIResponse(responseCode = "403",
            description = "A PILLAR user changing another record, or a field other than phone and email")
    @APIResponse(responseCode = "404", description = "No such pillar")
    @APIResponse(responseCode = "409", description = "Another pillar has this NIK or phone")
    @APIResponse(responseCode = "412", description = "Stale If-Match: current holds the pillar as it is now")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @Operation(operationId = "updatePillar", summary = "Change a pillar",
            description = "Send If-Match with the ETag you read (428 without, 412 when stale). Only the fields present "
                    + "change. A PILLAR user may change only phone and email, and only of their own record. Status "
                    + "changes go through deactivate/reactivate.")
    public RestResponse<PillarView> update(@PathParam("id") UUID id,
            @Parameter(required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PillarPatch patch) {
        return Versions.ok(pillars.update(id, ifMatch, patch));
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed(Role.Names.ADMIN)
    @APIResponseSchema(value = PillarView.class, responseDescription = "Deactivated; ETag carries the new version")
    @APIResponse(responseCode = "404", description = "No such pillar")
    @APIResponse(responseCode = "409", description = "Not ACTIVE: currentState and allowedActions say what is possible")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @Operation(operationId = "deactivatePillar", summary = "Deactivate a pillar",
            description = "ACTIVE → INACTIVE, or TRANSFERRED_OUT with transferredOut=true; the reason is kept. 409 when "
                    + "not ACTIVE. If-Match is optional here; when sent it must be current.")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    public RestResponse<PillarView> deactivate(@PathParam("id") UUID id,
            @Parameter(example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Deactivation request) {
        return Versions.ok(pillars.deactivate(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed(Role.Names.ADMIN)
    @APIResponseSchema(value = PillarView.class, responseDescription = "Reactivated; ETag carries the new version")
    @APIResponse(responseCode = "404", description = "No such pillar")
    @APIResponse(responseCode = "409", description = "Already ACTIVE")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @Operation(operationId = "reactivatePillar", summary = "Reactivate a pillar",
            description = "INACTIVE or TRANSFERRED_OUT → ACTIVE (e.g. a pillar who came back). 409 when already ACTIVE. "
                    + "No body needed. If-Match is optional here; when sent it must be current.")
    @Parameter(name = Idempotent.KEY_HEADER, in = ParameterIn.HEADER)
    public RestResponse<PillarView> reactivate(@PathParam("id") UUID id,
            @Parameter(example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return Versions.ok(pillars.reactivate(id, ifMatch));
    }


    private static void requireCsv(MediaType type) {
        boolean csv = type != null && type.getType().equals("text")
                && (type.getSubtype().equals("csv") || type.getSubtype().equals("plain"));
        if (!csv) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Message.of("import.mediaType"));
        }
    }


    private static String search(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidField("q", "value.tooLong", MAX_QUERY_LENGTH);
        }
        return q;
    }
}
