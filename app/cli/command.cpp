// SPDX-License-Identifier: Apache-2.0
// The command base: parsing, usage errors, generated help; command groups hand on by name.
#include "command.h"

#include "clilog.h"
#include "engine/enginelog.h"
#include "exitcodes.h"
#include "terminal.h"
#include "translations.h"

#include <QCommandLineParser>

#include <algorithm>

namespace cli {
namespace {

bool isHelpOption(const QString &argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help") ||
           argument == QLatin1String("-?") || argument == QLatin1String("--help-all");
}

bool takes(const QList<QCommandLineOption> &options, const QString &name)
{
    return std::any_of(options.cbegin(), options.cend(),
                       [&name](const QCommandLineOption &o) { return o.names().contains(name); });
}

} // namespace

Command::Command(QString name) : m_name(std::move(name)) {}

Command::~Command() = default;

QString Command::path() const
{
    const QString parent = m_parent ? m_parent->path() : QString();
    return parent.isEmpty() ? m_name : parent + QLatin1Char(' ') + m_name;
}

void Command::setUpParser(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addOptions(options());
    for (const Argument &argument : arguments()) {
        parser.addPositionalArgument(argument.name, argument.description,
                                     argument.required ? argument.name
                                                       : QStringLiteral("[%1]").arg(argument.name));
    }
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    setUpParser(parser);
    QString text = parser.helpText();
    // Qt's usage line names the program as it was started; the help names the command.
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    const QString words = path().isEmpty()
                              ? QLatin1String(kProgramName)
                              : QLatin1String(kProgramName) + QLatin1Char(' ') + path();
    if (at >= 0 && at < lineEnd) {
        text.replace(at, started.size(), words);
    }
    return text;
}

QSet<QString> Command::valueOptionNames() const
{
    QSet<QString> names;
    for (const QCommandLineOption &option : options()) {
        if (!option.valueName().isEmpty()) {
            for (const QString &name : option.names()) {
                names.insert(name);
            }
        }
    }
    return names;
}

int Command::usageError(const QString &message) const
{
    return cli::usageError(message, path());
}

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(QStringList{QLatin1String(kProgramName)} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString option =
                (unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                unknown.first();
            return usageError(tr("%1 does not take the option %2.").arg(path(), option));
        }
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help")) ||
        parser.optionNames().contains(QLatin1String("help-all"))) {
        out(helpText());
        return ExitSuccess;
    }
    const QList<QCommandLineOption> own = options();
    if (takes(own, QStringLiteral("verbose")) && parser.isSet(QStringLiteral("verbose"))) {
        // The commands print the job's lines themselves; the categories add the diagnostics.
        engine::enableVerboseLogging(false);
    }
    if (takes(own, QStringLiteral("json")) && parser.isSet(QStringLiteral("json"))) {
        Translations::useSourceTexts();
    }
    const QStringList positional = parser.positionalArguments();
    const QList<Argument> wanted = this->arguments();
    QStringList missing;
    for (qsizetype i = positional.size(); i < wanted.size(); ++i) {
        if (wanted.at(i).required) {
            missing.append(wanted.at(i).name);
        }
    }
    if (!missing.isEmpty()) {
        return usageError(tr("%1 needs %2.").arg(path(), missing.join(QLatin1Char(' '))));
    }
    if (positional.size() > wanted.size()) {
        if (wanted.isEmpty()) {
            return usageError(
                tr("%1 takes no arguments, not \"%2\".").arg(path(), positional.constFirst()));
        }
        QStringList names;
        for (const Argument &argument : wanted) {
            names.append(argument.name);
        }
        return usageError(
            tr("%1 takes only %2, not also \"%3\".")
                .arg(path(), names.join(QLatin1Char(' ')), positional.at(wanted.size())));
    }
    qCInfo(lcCli).noquote() << "command:"
                            << (QStringList{path()} + positional).join(QLatin1Char(' '));
    return execute(parser, positional);
}

void CommandGroup::add(std::unique_ptr<Command> command)
{
    command->m_parent = this;
    m_commands.push_back(std::move(command));
}

Command *CommandGroup::find(const QString &name) const
{
    for (const std::unique_ptr<Command> &command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

const Command *CommandGroup::find(const QStringList &words) const
{
    const Command *found = this;
    for (const QString &word : words) {
        const auto *group = dynamic_cast<const CommandGroup *>(found);
        found = group ? group->find(word) : nullptr;
        if (!found) {
            return nullptr;
        }
    }
    return found;
}

QList<Command::Argument> CommandGroup::arguments() const
{
    //: The name of the command argument in the usage line, as "[options] command".
    return {{tr("command"), tr("The command to run, one of those below.")}};
}

QString CommandGroup::helpText() const
{
    return Command::helpText() + helpEpilogue();
}

QString CommandGroup::helpEpilogue() const
{
    qsizetype width = 0;
    for (const std::unique_ptr<Command> &command : m_commands) {
        width = std::max(width, command->name().size());
    }
    QString text = QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const std::unique_ptr<Command> &command : m_commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(command->name().leftJustified(width), command->description());
    }
    const QString words =
        path().isEmpty() ? QStringLiteral("help") : QStringLiteral("help ") + path();
    text += QLatin1Char('\n') +
            tr("Run '%1 %2 COMMAND' for a command's options and arguments.")
                .arg(QLatin1String(kProgramName), words) +
            QLatin1Char('\n');
    return text;
}

QSet<QString> CommandGroup::valueOptionNames() const
{
    QSet<QString> names = Command::valueOptionNames();
    for (const std::unique_ptr<Command> &command : m_commands) {
        names.unite(command->valueOptionNames());
    }
    return names;
}

bool CommandGroup::handleOwnOption(const QString &option, int *exitCode)
{
    Q_UNUSED(option)
    Q_UNUSED(exitCode)
    return false;
}

QStringList CommandGroup::names() const
{
    QStringList names;
    for (const std::unique_ptr<Command> &command : m_commands) {
        names.append(command->name());
    }
    return names;
}

int CommandGroup::run(const QStringList &arguments)
{
    const QSet<QString> valueOptions = valueOptionNames();
    QStringList leading;
    qsizetype at = 0;
    for (; at < arguments.size(); ++at) {
        const QString &argument = arguments.at(at);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            break;
        }
        leading.append(argument);
        const bool takesValue = argument.startsWith(QLatin1String("--")) &&
                                !argument.contains(QLatin1Char('=')) &&
                                valueOptions.contains(argument.mid(2));
        if (takesValue && at + 1 < arguments.size()) {
            leading.append(arguments.at(++at));
        }
    }
    for (const QString &option : std::as_const(leading)) {
        int exitCode = ExitSuccess;
        if (handleOwnOption(option, &exitCode)) {
            return exitCode;
        }
    }
    const QString list = names().join(QStringLiteral(", "));
    if (at == arguments.size()) {
        if (std::any_of(leading.cbegin(), leading.cend(), isHelpOption)) {
            out(helpText());
            return ExitSuccess;
        }
        return usageError(path().isEmpty() ? tr("no command given; the commands are: %1.").arg(list)
                                           : tr("%1 needs a command: %2.").arg(path(), list));
    }
    const QString name = arguments.at(at);
    Command *command = find(name);
    if (!command) {
        return usageError(path().isEmpty()
                              ? tr("unknown command \"%1\"; the commands are: %2.").arg(name, list)
                              : tr("unknown command \"%1 %2\"; the commands of %1 are: %3.")
                                    .arg(path(), name, list));
    }
    return command->run(leading + arguments.mid(at + 1));
}

int CommandGroup::execute(const QCommandLineParser &, const QStringList &)
{
    return ExitUsage; // run() hands on to a command
}

} // namespace cli
