// SPDX-License-Identifier: Apache-2.0
// The command table of certsrv-backup-cli, the help command, --help and --version.
#include "commandline.h"

#include "backupcommand.h"
#include "command.h"
#include "exitcodes.h"
#include "listcommand.h"
#include "onlinecommand.h"
#include "profilescommand.h"
#include "restorecommand.h"
#include "serverscommand.h"
#include "terminal.h"
#include "verifycommand.h"

#include <QCommandLineParser>

namespace cli {
namespace {

// The tool itself: its commands, --help and --version.
class CommandLine : public CommandGroup {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine();
    QString description() const override
    {
        return tr("Back up Windows Certificate Services (AD CS) certification authorities.");
    }

protected:
    void setUpParser(QCommandLineParser &parser) const override
    {
        CommandGroup::setUpParser(parser);
        parser.addVersionOption();
    }
    bool handleOwnOption(const QString &option, int *exitCode) override
    {
        if (option != QLatin1String("-v") && option != QLatin1String("--version")) {
            return false;
        }
        out(QCoreApplication::applicationName() + QLatin1Char(' ') +
            QCoreApplication::applicationVersion());
        *exitCode = ExitSuccess;
        return true;
    }
    QString helpEpilogue() const override
    {
        const QList<std::pair<int, QString>> codes{
            {ExitSuccess, tr("success")},
            {ExitFailed, tr("failed (the message names the error and what to do)")},
            {ExitUsage, tr("usage error")},
            {ExitNeedsElevation, tr("needs elevation: the backup privilege is missing")},
            {ExitServerOffline, tr("server offline, paused or unreachable")},
            {ExitVerificationFailed,
             tr("verification failed; restore: the set cannot be restored; a failed drill")},
            {ExitCaRunning, tr("restore: the CA is running (give --stop-service)")},
            {ExitCancelled, tr("cancelled (Ctrl-C or SIGTERM)")}};
        QString text = CommandGroup::helpEpilogue() + QLatin1Char('\n') + tr("Exit codes:") +
                       QLatin1Char('\n');
        for (const auto &[code, meaning] : codes) {
            text += QStringLiteral("  %1  %2\n").arg(code, -3).arg(meaning);
        }
        return text;
    }
};

// `help [COMMAND [SUBCOMMAND]]`: the commands, or one command's options and arguments.
class HelpCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)
public:
    explicit HelpCommand(const CommandGroup &tool) : Command(QStringLiteral("help")), m_tool(tool)
    {}
    QString description() const override
    {
        return tr("Show the commands, or a command's options and arguments.");
    }
    QList<Argument> arguments() const override
    {
        return {{QStringLiteral("COMMAND"), tr("The command to describe."), false},
                {QStringLiteral("SUBCOMMAND"), tr("Its subcommand (profiles)."), false}};
    }

protected:
    int execute(const QCommandLineParser &, const QStringList &positional) override
    {
        const Command *command = m_tool.find(positional);
        if (!command) {
            return usageError(tr("unknown command \"%1\"; the commands are: %2.")
                                  .arg(positional.join(QLatin1Char(' ')),
                                       m_tool.names().join(QStringLiteral(", "))));
        }
        out(command->helpText());
        return ExitSuccess;
    }

private:
    const CommandGroup &m_tool;
};

CommandLine::CommandLine() : CommandGroup(QString())
{
    add(std::make_unique<BackupCommand>());
    add(std::make_unique<VerifyCommand>());
    add(std::make_unique<RestoreCommand>());
    add(std::make_unique<ListCommand>());
    add(std::make_unique<ServersCommand>());
    add(std::make_unique<OnlineCommand>());
    add(std::make_unique<ProfilesCommand>());
    add(std::make_unique<HelpCommand>(*this));
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    CommandLine tool;
    return tool.run(arguments.mid(1));
}

} // namespace cli
