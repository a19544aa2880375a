using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SimpleCrm.Application.Tests.Email;

/// <summary>
/// A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd) on a free port, writing what it accepts
/// to a Maildir; or, with <c>refuse: true</c>, a handler that answers every message with 550.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private const string Refuser = """
        class Refuse:
            async def handle_DATA(self, server, session, envelope):
                return '550 5.7.1 Message refused by policy'
        """;

    private readonly Process _process;

    private SmtpTestServer(Process process, int port, string maildir)
    {
        _process = process;
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public static async Task<SmtpTestServer> StartAsync(bool refuse = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "simplecrm-smtp", Guid.NewGuid().ToString("N"));
        var maildir = Path.Combine(root, "mail");
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "refuser.py"), Refuser);
        var port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = root,
        };
        if (refuse)
        {
            start.ArgumentList.Add("refuser.Refuse");
            start.Environment["PYTHONPATH"] = root;
        }
        else
        {
            start.ArgumentList.Add("aiosmtpd.handlers.Mailbox");
            start.ArgumentList.Add(maildir);
        }

        var process = Process.Start(start)!;
        var server = new SmtpTestServer(process, port, maildir);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("aiosmtpd did not start: " + await process.StandardError.ReadToEndAsync());
    }

    /// <summary>A port nothing listens on (taken and released at once).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The raw messages the server stored, waiting briefly for the expected count.</summary>
    public async Task<IReadOnlyList<string>> MessagesAsync(int expected = 1)
    {
        var folder = Path.Combine(Maildir, "new");
        for (var i = 0; i < 50; i++)
        {
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
            if (files.Length >= expected)
            {
                return [.. files.Select(File.ReadAllText)];
            }

            await Task.Delay(100);
        }

        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(File.ReadAllText)] : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
