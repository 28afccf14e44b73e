namespace ReportPipeline.Alerts.Outbox;

/// <summary>Hands one email to a relay; throws when the relay did not accept it.</summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
