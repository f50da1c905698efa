package id.go.bimakota.pilar.client;

import id.go.bimakota.pilar.client.model.Acknowledgement;
import id.go.bimakota.pilar.client.model.Agenda;
import id.go.bimakota.pilar.client.model.Cancellation;
import id.go.bimakota.pilar.client.model.Case;
import id.go.bimakota.pilar.client.model.CaseAssignment;
import id.go.bimakota.pilar.client.model.CasePatch;
import id.go.bimakota.pilar.client.model.CaseReport;
import id.go.bimakota.pilar.client.model.CaseTransition;
import id.go.bimakota.pilar.client.model.Contact;
import id.go.bimakota.pilar.client.model.ContactPatch;
import id.go.bimakota.pilar.client.model.CoordinationReport;
import id.go.bimakota.pilar.client.model.Coverage;
import id.go.bimakota.pilar.client.model.Kecamatan;
import id.go.bimakota.pilar.client.model.Kelurahan;
import id.go.bimakota.pilar.client.model.NewCase;
import id.go.bimakota.pilar.client.model.NewCaseNote;
import id.go.bimakota.pilar.client.model.NewContact;
import id.go.bimakota.pilar.client.model.NewNotice;
import id.go.bimakota.pilar.client.model.NewPillar;
import id.go.bimakota.pilar.client.model.Notice;
import id.go.bimakota.pilar.client.model.NoticePatch;
import id.go.bimakota.pilar.client.model.Pillar;
import id.go.bimakota.pilar.client.model.PillarPatch;
import id.go.bimakota.pilar.client.model.PillarTypeInfo;
import id.go.bimakota.pilar.client.model.PpksCategory;
import id.go.bimakota.pilar.client.model.Reschedule;
import id.go.bimakota.pilar.client.model.RescheduleRequest;
import id.go.bimakota.pilar.client.model.TimelineEntry;
import id.go.bimakota.pilar.client.model.User;
import id.go.bimakota.pilar.client.model.VisitReport;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/** The HTTP API of Pilar Bima, as Retrofit calls. Paths are relative so a base URL may carry a prefix. */
interface PilarService {

    /** Marks reference-data calls that are open to everyone: they never trigger a login. */
    String NO_AUTH = AuthInterceptor.NO_AUTH_HEADER + ": true";

    // --- auth

    @POST("api/v1/auth/token")
    Call<TokenResponse> token(@Body LoginRequest body);

    @POST("api/v1/auth/refresh")
    Call<TokenResponse> refresh(@Body RefreshRequest body);

    /** With the session's own token: the client's login must not run on the way out. */
    @Headers(NO_AUTH)
    @POST("api/v1/auth/logout")
    Call<Void> logout(@Header("Authorization") String authorization, @Body RefreshRequest body);

    @GET("api/v1/me")
    Call<User> me();

    @POST("api/v1/me/password")
    Call<Void> changePassword(@Body PasswordChange body);

    // --- areas and reference data

    @Headers(NO_AUTH)
    @GET("api/v1/areas/kecamatan")
    Call<PageBody<Kecamatan>> kecamatan(@QueryMap Map<String, String> query);

    @Headers(NO_AUTH)
    @GET("api/v1/areas/kelurahan")
    Call<PageBody<Kelurahan>> kelurahan(@QueryMap Map<String, String> query);

    @Headers(NO_AUTH)
    @GET("api/v1/areas/kelurahan/{code}")
    Call<Kelurahan> kelurahanByCode(@Path("code") String code);

    @GET("api/v1/areas/kelurahan/{code}/coverage")
    Call<Coverage> coverage(@Path("code") String code);

    @GET("api/v1/areas/kelurahan/{code}/contacts")
    Call<PageBody<Contact>> contacts(@Path("code") String code, @QueryMap Map<String, String> query);

    @POST("api/v1/areas/kelurahan/{code}/contacts")
    Call<Contact> createContact(@Path("code") String code, @Body NewContact body);

    @PATCH("api/v1/contacts/{id}")
    Call<Contact> updateContact(@Path("id") String id, @Header("If-Match") String ifMatch, @Body ContactPatch body);

    /** {@code ifMatch} may be null: the service then deletes whatever the version. */
    @DELETE("api/v1/contacts/{id}")
    Call<Void> deleteContact(@Path("id") String id, @Header("If-Match") String ifMatch);

    @Headers(NO_AUTH)
    @GET("api/v1/ppks-categories")
    Call<PageBody<PpksCategory>> ppksCategories(@QueryMap Map<String, String> query);

    @Headers(NO_AUTH)
    @GET("api/v1/pillar-types")
    Call<PageBody<PillarTypeInfo>> pillarTypes(@QueryMap Map<String, String> query);

    // --- pillars

    @GET("api/v1/pillars")
    Call<PageBody<Pillar>> pillars(@QueryMap Map<String, String> query);

    @POST("api/v1/pillars")
    Call<Pillar> createPillar(@Body NewPillar body);

    @GET("api/v1/pillars/{id}")
    Call<Pillar> pillar(@Path("id") String id);

    @PATCH("api/v1/pillars/{id}")
    Call<Pillar> updatePillar(@Path("id") String id, @Header("If-Match") String ifMatch, @Body PillarPatch body);

    @POST("api/v1/pillars/{id}/deactivate")
    Call<Pillar> deactivatePillar(@Path("id") String id, @Body Deactivation body);

    @POST("api/v1/pillars/{id}/reactivate")
    Call<Pillar> reactivatePillar(@Path("id") String id);

    // --- cases

    @GET("api/v1/cases")
    Call<PageBody<Case>> cases(@QueryMap Map<String, String> query);

    @POST("api/v1/cases")
    Call<Case> createCase(@Body NewCase body);

    @GET("api/v1/cases/{id}")
    Call<Case> caseById(@Path("id") String id);

    @PATCH("api/v1/cases/{id}")
    Call<Case> updateCase(@Path("id") String id, @Header("If-Match") String ifMatch, @Body CasePatch body);

    @POST("api/v1/cases/{id}/transitions")
    Call<Case> transition(@Path("id") String id, @Body CaseTransition body);

    @POST("api/v1/cases/{id}/assignment")
    Call<Case> assign(@Path("id") String id, @Body CaseAssignment body);

    @POST("api/v1/cases/{id}/notes")
    Call<TimelineEntry> addNote(@Path("id") String id, @Body NewCaseNote body);

    @GET("api/v1/cases/{id}/timeline")
    Call<PageBody<TimelineEntry>> timeline(@Path("id") String id, @QueryMap Map<String, String> query);

    // --- notices

    @GET("api/v1/notices")
    Call<PageBody<Notice>> notices(@QueryMap Map<String, String> query);

    @POST("api/v1/notices")
    Call<Notice> createNotice(@Body NewNotice body);

    @GET("api/v1/notices/{id}")
    Call<Notice> notice(@Path("id") String id);

    @PATCH("api/v1/notices/{id}")
    Call<Notice> updateNotice(@Path("id") String id, @Header("If-Match") String ifMatch, @Body NoticePatch body);

    @POST("api/v1/notices/{id}/acknowledge")
    Call<Notice> acknowledge(@Path("id") String id, @Body Acknowledgement body);

    @POST("api/v1/notices/{id}/request-reschedule")
    Call<Notice> requestReschedule(@Path("id") String id, @Body RescheduleRequest body);

    @POST("api/v1/notices/{id}/reschedule")
    Call<Notice> reschedule(@Path("id") String id, @Body Reschedule body);

    @POST("api/v1/notices/{id}/cancel")
    Call<Notice> cancel(@Path("id") String id, @Body Cancellation body);

    @POST("api/v1/notices/{id}/complete")
    Call<Notice> complete(@Path("id") String id, @Body VisitReport body);

    @POST("api/v1/notices/{id}/join")
    Call<Notice> join(@Path("id") String id);

    @GET("api/v1/notices/{id}/letter")
    @Headers("Accept: application/pdf")
    Call<ResponseBody> letter(@Path("id") String id);

    // --- agenda and reports

    @GET("api/v1/agenda")
    Call<Agenda> agenda(@QueryMap Map<String, String> query);

    @GET("api/v1/reports/cases")
    Call<CaseReport> caseReport(@QueryMap Map<String, String> query);

    @Headers("Accept: text/csv")
    @GET("api/v1/reports/cases")
    Call<ResponseBody> caseReportCsv(@QueryMap Map<String, String> query);

    @GET("api/v1/reports/coordination")
    Call<CoordinationReport> coordinationReport(@QueryMap Map<String, String> query);

    @Headers("Accept: text/csv")
    @GET("api/v1/reports/coordination")
    Call<ResponseBody> coordinationReportCsv(@QueryMap Map<String, String> query);

    // --- bodies that only the client itself builds

    /** A list answer as it comes over the wire; {@link Page} adds the way to the next page. */
    record PageBody<T>(List<T> items, String nextCursor) {
    }

    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + ", password=████]";
        }
    }

    record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[████]";
        }
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[████]";
        }
    }

    record Deactivation(String reason, Boolean transferredOut) {
    }

    /** The answer of a login or refresh. Refresh tokens rotate: each refresh returns a new one. */
    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, User user) {
        @Override
        public String toString() {
            return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", user=" + user + "]";
        }
    }
}
