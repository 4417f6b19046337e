// SPDX-License-Identifier: Apache-2.0
// A command of certsrv-backup-cli: its name, a one-line description, its own options and
// arguments, its help generated from them, and what it does. A CommandGroup holds commands
// (the tool itself, `profiles`) and hands the arguments on to the one named.
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace cli {

class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    struct Argument {
        QString name;        // in the help's list of arguments
        QString description; // one line, translated
        bool required = true;
    };

    explicit Command(QString name);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_name; }
    // The words that run it: "verify", "profiles add".
    QString path() const;
    virtual QString description() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QList<Argument> arguments() const { return {}; }
    virtual QString helpText() const;
    // The names of its options (and its subcommands') that take a value.
    virtual QSet<QString> valueOptionNames() const;

    // Runs it with the arguments after its name; returns the process exit code. An option it
    // does not take, or arguments it does not take, are usage errors.
    virtual int run(const QStringList &arguments);

protected:
    // After the arguments were checked: `positional` holds its arguments.
    virtual int execute(const QCommandLineParser &parser, const QStringList &positional) = 0;
    // Prints a usage error that points at this command's help; returns ExitUsage.
    int usageError(const QString &message) const;

    // The parser of its options and arguments, with --help; a group may add its own options.
    virtual void setUpParser(QCommandLineParser &parser) const;

private:
    friend class CommandGroup;

    QString m_name;
    const Command *m_parent = nullptr;
};

class CommandGroup : public Command {
    Q_DECLARE_TR_FUNCTIONS(CommandGroup)
public:
    using Command::Command;

    void add(std::unique_ptr<Command> command);
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    // The command that `words` name below this group ("profiles", "add"); null for none.
    const Command *find(const QStringList &words) const;
    Command *find(const QString &name) const;
    QStringList names() const;

    QList<Argument> arguments() const override;
    QString helpText() const override;
    QSet<QString> valueOptionNames() const override;
    // Options before the command's name go to the command: `--json list` is `list --json`.
    int run(const QStringList &arguments) override;

protected:
    int execute(const QCommandLineParser &parser, const QStringList &positional) override;
    // The command list and what follows it in the help.
    virtual QString helpEpilogue() const;
    // The options the group handles itself before a command is named (beyond --help).
    virtual bool handleOwnOption(const QString &option, int *exitCode);

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace cli
