using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TagsAccessClassesHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AccessClassId",
                table: "Contacts",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccessClasses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "History",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecordType = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RecordId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_History", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NameKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccessClassRoleGrants",
                columns: table => new
                {
                    AccessClassId = table.Column<int>(type: "int", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessClassRoleGrants", x => new { x.AccessClassId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AccessClassRoleGrants_AccessClasses_AccessClassId",
                        column: x => x.AccessClassId,
                        principalTable: "AccessClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccessClassRoleGrants_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AccessClassUserGrants",
                columns: table => new
                {
                    AccessClassId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessClassUserGrants", x => new { x.AccessClassId, x.UserId });
                    table.ForeignKey(
                        name: "FK_AccessClassUserGrants_AccessClasses_AccessClassId",
                        column: x => x.AccessClassId,
                        principalTable: "AccessClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AccessClassUserGrants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactTags",
                columns: table => new
                {
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    TagId = table.Column<int>(type: "int", nullable: false),
                    TaggedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactTags", x => new { x.ContactId, x.TagId });
                    table.ForeignKey(
                        name: "FK_ContactTags_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactTags_Tags_TagId",
                        column: x => x.TagId,
                        principalTable: "Tags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_AccessClassId_IsDeleted_NameKey",
                table: "Contacts",
                columns: new[] { "AccessClassId", "IsDeleted", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessClasses_NameKey",
                table: "AccessClasses",
                column: "NameKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessClassRoleGrants_RoleId_AccessClassId",
                table: "AccessClassRoleGrants",
                columns: new[] { "RoleId", "AccessClassId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessClassUserGrants_UserId_AccessClassId",
                table: "AccessClassUserGrants",
                columns: new[] { "UserId", "AccessClassId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactTags_TagId_ContactId",
                table: "ContactTags",
                columns: new[] { "TagId", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_History_RecordType_RecordId_At",
                table: "History",
                columns: new[] { "RecordType", "RecordId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Tags_NameKey",
                table: "Tags",
                column: "NameKey",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Contacts_AccessClasses_AccessClassId",
                table: "Contacts",
                column: "AccessClassId",
                principalTable: "AccessClasses",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contacts_AccessClasses_AccessClassId",
                table: "Contacts");

            migrationBuilder.DropTable(
                name: "AccessClassRoleGrants");

            migrationBuilder.DropTable(
                name: "AccessClassUserGrants");

            migrationBuilder.DropTable(
                name: "ContactTags");

            migrationBuilder.DropTable(
                name: "History");

            migrationBuilder.DropTable(
                name: "AccessClasses");

            migrationBuilder.DropTable(
                name: "Tags");

            migrationBuilder.DropIndex(
                name: "IX_Contacts_AccessClassId_IsDeleted_NameKey",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "AccessClassId",
                table: "Contacts");
        }
    }
}
