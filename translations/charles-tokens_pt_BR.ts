<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so nothing was sent. Check its certificate or the CA configured for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not allow password sign-in for the configured client id. Check the client id in the server settings, or ask the Charles administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not manage system tokens. Only root users can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not a root account. The System Token area is available only to root users; ask a Charles administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is unavailable right now (HTTP %1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again; if it persists, contact the Charles administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this application does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so you will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Error id for support: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Manage the system tokens of a Charles C.D. installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local Charles simulator with sample data and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Charles base URL to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak&apos;s base URL, the part before /realms (default: &lt;server&gt;/keycloak/auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keycloak realm (default: charlescd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Keycloak client id (default: charlescd-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or user name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface: en or pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-url needs an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang accepts en or pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Revoke “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the system token “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and pipelines using this token will lose access to Charles at once. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, &amp;revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel, keep token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the system token “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its current value stops working at once: applications and pipelines using it lose access until they are given the new value. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, r&amp;egenerate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You won&apos;t be able to see this token again. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not stored anywhere. If you lose it, you will have to regenerate the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <comment>keep the token dialog open</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a date and time, %2 how long ago it was, e.g. &quot;3 days ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenList</name>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n workspace(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles</name>
    <message>
        <source>The token was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token was already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked token cannot be regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the chosen workspaces no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept the chosen scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one workspace, or all workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no Charles user: ask an administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client may not sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::Application</name>
    <message>
        <source>The session could not be renewed just now; trying again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <extracomment>The name of the server profile of demo mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::CreateTokenWizard</name>
    <message>
        <source>New System Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New system token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not store a name this long. Try a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back from the server, so the token “%1” may have been created anyway. The token list now shows the tokens with this name: check it, and revoke any token you do not want. Generating again may create a second token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not generated. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you entered was lost: you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::MainWindow</name>
    <message>
        <source>Charles System Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tokens by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the tokens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a system token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected token&apos;s value with a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open side by &amp;side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected token in its own window, to compare it with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the tokens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Charles System Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charles System Tokens — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with %1 has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Charles System Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charles System Tokens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the system tokens of a Charles C.D. installation.
Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::NamePage</name>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token a name that tells where it is used, such as the pipeline or the integration it serves. Names need not be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. payments-pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the token is called in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>name length counter: characters typed/maximum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Name length: %1 of at most %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be made of spaces only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is %n character(s) too long.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s) are allowed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s value is shown once, right after it is generated. Have a safe place ready to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem generating the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — All permissions</source>
        <comment>scope — permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Write</source>
        <comment>scope — permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Read</source>
        <comment>scope — permission</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token, then generate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces, including new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charles::ScopesPage</name>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access to the modules APIs: read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, update and delete modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: write description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules: read description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access to the circles APIs: read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, update and delete circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wr&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: write description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles: read description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access to deploying releases in circles: read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access to the workspaces&apos; settings: read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token may do in its workspaces. Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::SignInDialog</name>
    <message>
        <source>Sign in to Charles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a root account to manage the system tokens of a Charles installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charles &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charles address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://charles.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keycloak address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycloak client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file to trust for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session with %1 has ended. Sign in again to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Charles address&gt;/keycloak/auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Charles address as a full URL, for example https://charles.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Keycloak address as a full URL, for example https://charles.example.com/keycloak/auth, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read. Choose another file or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail or user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::TokenActions</name>
    <message>
        <source>The token “%1” was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token already revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token was already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else revoked “%1” in the meantime. It is taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking may not have finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back, so the token “%1” may or may not be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke it again to be sure: revoking a token that is already revoked does no harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” was not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to regenerate “%1”: the token was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked token cannot be regenerated. It is taken off the list; create a new token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerating may have happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back, so the token “%1” may have been regenerated: its old value may have stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate it again to get a value you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token not regenerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” was not regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::TokenDetailsWidget</name>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a token to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token no longer exists. Someone may have revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has been revoked. Applications using it no longer have access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token has not been used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces, including new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All permissions</source>
        <extracomment>A scope&apos;s permission column when the token has every action of that scope</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <comment>permission level: read access</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <comment>permission level: write access</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <comment>scope name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>scope name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::TokenValueDialog</name>
    <message>
        <source>New token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token&apos;s value, shown only this once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not stored anywhere and you will not be able to see it again. Copy it now and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Regenerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token has been created!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token has been regenerated!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value before closing this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>button feedback after copying</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value could not be put on the clipboard. Select it in the field above and copy it by hand (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds something else now; the token is no longer in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charles::WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces, including new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All workspaces (including new ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the workspaces I select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the workspaces I select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workspaces by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspaces the token may reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the workspaces again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workspaces the token may reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no workspaces yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspaces could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace selected yet: check at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>selected workspace names, then a count</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) selected: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start its local server on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
