package ru.socorder.api.decision;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import ru.socorder.model.decision.GroupMember;
import ru.socorder.model.decision.GroupRole;
import ru.socorder.model.decision.Meeting;
import ru.socorder.service.common.ValidationFailed;
import ru.socorder.service.decision.DecisionService;
import ru.socorder.service.decision.MeetingForm;
import ru.socorder.service.decision.WorkingGroupService;

/**
 * The working group of a decision: {@code /api/v1/decisions/{id}/working-group/members} and {@code …/meetings}
 * (record, correct and delete until the protocol is signed, {@code …/meetings/{meetingId}/sign}). Dates, attendance
 * and votes are checked by the boundary ({@code MeetingRules}): a refusal is 400 naming the field, a signed protocol 409.
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class WorkingGroupResource {
    @EJB
    private DecisionService decisions;

    @EJB
    private WorkingGroupService groups;

    /** {@code {"fullName": "…", "position": "…", "role": "MEMBER", "from": "2024-03-01"}}; without from: a member from the start. */
    public static class MemberBody {
        public String fullName;
        public String position;
        public GroupRole role;
        public LocalDate from;
    }

    /** {@code {"version": n, "signedOn": "2026-12-01"}}. */
    public static class SignBody {
        public Long version;
        public LocalDate signedOn;
    }

    @POST
    @Path("{id}/working-group/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("id") long id, MemberBody body) {
        decisions.requireEditable(id); // rights before input
        if (body == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект");
        }
        GroupMember m = groups.addMember(groups.groupOf(id).getId(), body.fullName, body.position, body.role, body.from);
        return Response.status(201).entity(Json.createObjectBuilder().add("id", m.getId()).add("fullName", m.getFullName())
                .add("role", m.getRole().name()).build().toString()).build();
    }

    @GET
    @Path("{id}/working-group/meetings")
    public String meetings(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        var group = decisions.view(id).group();
        if (group != null) {
            group.getMeetings().forEach(m -> items.add(DecisionJson.meeting(m)));
        }
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Path("{id}/working-group/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, MeetingForm form) {
        decisions.requireEditable(id);
        Meeting m = groups.recordMeeting(groups.groupOf(id).getId(), require(form));
        return Response.status(201).entity(DecisionJson.meeting(m).toString()).build();
    }

    /** Corrects a meeting whose protocol is not signed: {@code PUT …/meetings/{meetingId}?version=n} with the same body as POST. */
    @PUT
    @Path("{id}/working-group/meetings/{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, @PathParam("meetingId") long meetingId, @QueryParam("version") Long version,
                         MeetingForm form) {
        decisions.requireEditable(id);
        groups.meetingOf(id, meetingId);
        return DecisionJson.meeting(groups.updateMeeting(meetingId, requireVersion(version), require(form))).toString();
    }

    @DELETE
    @Path("{id}/working-group/meetings/{meetingId}")
    public Response delete(@PathParam("id") long id, @PathParam("meetingId") long meetingId, @QueryParam("version") Long version) {
        decisions.requireEditable(id);
        groups.meetingOf(id, meetingId);
        groups.deleteMeeting(meetingId, requireVersion(version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/working-group/meetings/{meetingId}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    public String sign(@PathParam("id") long id, @PathParam("meetingId") long meetingId, SignBody body) {
        decisions.requireEditable(id);
        groups.meetingOf(id, meetingId);
        if (body == null || body.version == null) {
            throw new ValidationFailed("version", "Передайте version, полученную при чтении заседания");
        }
        return DecisionJson.meeting(groups.signProtocol(meetingId, body.version, body.signedOn)).toString();
    }

    private static MeetingForm require(MeetingForm form) {
        if (form == null) {
            throw new ValidationFailed("body", "Тело запроса пустое: ожидается JSON-объект с датой, присутствующими и повесткой");
        }
        return form;
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new ValidationFailed("version", "Передайте version (в параметре запроса), полученную при чтении заседания");
        }
        return version;
    }
}
